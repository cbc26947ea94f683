/**
 * Reading one `--rule ID=LEVEL` option.
 */
import {severities} from '../../model/vocabulary.js'
import type {RuleSetting} from '../../validate/rule.js'

/** `ID=LEVEL`: a kebab-case id, `=`, a word (`stage-mismatch=off`). */
const ruleOption = /^([a-z\d]+(?:-[a-z\d]+)*)=([a-z]+)$/

/** The levels `--rule` accepts. */
export const ruleSettings: readonly RuleSetting[] = ['off', ...severities]

/** A parsed `--rule` option. */
export interface RuleOption {
  /** The rule id. */
  id: string
  /** What the rule becomes. */
  setting: RuleSetting
}

/**
 * Read `text` (`numbering-gap=warning`) as a rule id and setting, or `null` when it is not of
 * that form or the level is not one of `off`, `error`, `warning`, `info`.
 */
export function parseRuleOption(text: string): RuleOption | null {
  const match = ruleOption.exec(text.trim())
  if (!match?.[1] || !match[2]) return null
  const setting = ruleSettings.find((level) => level === match[2])
  return setting === undefined ? null : {id: match[1], setting}
}
