/**
 * Whether a rule id names something the pipeline can report.
 */
import {extractRuleIds} from './extract-rule-ids.js'
import {rules} from './rules.js'

/** True for the id of a rule here or of an extract-stage message (`--rule` checks ids). */
export function isKnownRuleId(id: string): boolean {
  return rules.some((rule) => rule.id === id) || (extractRuleIds as readonly string[]).includes(id)
}
