/**
 * Turning repeated `--rule ID=LEVEL` options into a rule configuration.
 */
import type {RuleConfig, RuleSetting} from '../../validate/rule.js'
import {ruleIdProblem} from '../../read-settings.js'
import {parseRuleOption, ruleSettings} from './parse-rule-option.js'

/**
 * Read `options` into a configuration (a null-prototype map, the last option for an id
 * winning), or a usage problem naming the first bad option.
 */
export function readRuleOptions(options: readonly string[]): {config: RuleConfig} | {problem: string} {
  const config: Record<string, RuleSetting> = Object.create(null) as Record<string, RuleSetting>
  for (const text of options) {
    const option = parseRuleOption(text)
    if (option === null) {
      return {problem: `expected \`--rule\` as ID=${ruleSettings.join('|')}, got \`${text}\``}
    }
    const idProblem = ruleIdProblem(option.id)
    if (idProblem !== null) return {problem: `${idProblem} (\`--rule ${text}\`)`}
    config[option.id] = option.setting
  }
  return {config}
}
