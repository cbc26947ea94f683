/**
 * Re-grading or dropping election messages (output data) by rule id.
 */
import type {ElectionMessage} from '../model/election.js'
import {settingOf} from './apply-rule-config.js'
import type {RuleConfig} from './rule.js'

/**
 * Apply `config` to election `messages`: drop those whose rule is `off`, re-grade the others.
 *
 * The data twin of `applyRuleConfig`, for messages already copied into `election.messages`.
 */
export function applyRuleConfigToData(messages: readonly ElectionMessage[], config: RuleConfig): ElectionMessage[] {
  const result: ElectionMessage[] = []
  for (const message of messages) {
    const setting = settingOf(config, message.ruleId)
    if (setting === 'off') continue
    result.push(setting === undefined ? message : {...message, severity: setting})
  }
  return result
}
