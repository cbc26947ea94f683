/**
 * Re-grading or dropping vfile messages by rule id.
 */
import type {VFile} from 'vfile'
import {fatalOf, severityOf} from '../model/report.js'
import type {RuleConfig, RuleSetting} from './rule.js'

/** A vfile message (`vfile` does not export the class's type by name). */
type VFileMessage = VFile['messages'][number]

/**
 * Apply `config` to `messages`: drop those whose rule is `off`, re-grade the others.
 *
 * Returns a new list; a re-graded message is a copy, so the input stays as it was. Works the
 * same for the extract stage's messages and the rules' own; applying it twice changes
 * nothing more.
 */
export function applyRuleConfig(messages: readonly VFileMessage[], config: RuleConfig): VFileMessage[] {
  const result: VFileMessage[] = []
  for (const message of messages) {
    const setting = settingOf(config, message.ruleId)
    if (setting === 'off') continue
    if (setting === undefined || setting === severityOf(message.fatal)) {
      result.push(message)
      continue
    }
    result.push(regrade(message, setting))
  }
  return result
}

/** The setting for `ruleId`, ignoring inherited keys such as `__proto__`. */
export function settingOf(config: RuleConfig, ruleId: string | undefined): RuleSetting | undefined {
  return ruleId !== undefined && Object.hasOwn(config, ruleId) ? config[ruleId] : undefined
}

/** Copy `message` with the severity `setting`. */
function regrade(message: VFileMessage, setting: Exclude<RuleSetting, 'off'>): VFileMessage {
  const copy: VFileMessage = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message)
  copy.fatal = fatalOf(setting)
  return copy
}
