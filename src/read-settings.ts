/**
 * Reading the settings a config file holds (`.wikitallyrc.json`, `.wikitallyrc.yaml`, the
 * `wikitally` key of `package.json`) from untrusted data into checked settings.
 */
import {isRuleId, listRules, ruleRegistry} from './model/rule-registry.js'
import {severities} from './model/vocabulary.js'
import type {RuleConfig, RuleSetting} from './validate/rule.js'

/**
 * Checked settings: the options of `parseElection` (`rules`, `maxSize`) and the command
 * line's defaults (`to`). Absent settings are null.
 *
 *     {"rules": {"numbering-gap": "off"}, "maxSize": 16777216, "to": "csv"}
 */
export interface Settings {
  /** Settings by rule id: `off` or a severity. */
  rules: RuleConfig
  /** Largest input read, in bytes, or null for the default (8 MiB). */
  maxSize: number | null
  /** Output format of `wikitally convert` when `--to` is not given, or null. */
  to: string | null
}

/** The keys a settings object may hold. */
export const settingKeys = ['rules', 'maxSize', 'to'] as const

/** What a rule may be set to. */
const ruleSettings: readonly RuleSetting[] = ['off', ...severities]

/** Whether `value` is a plain object (not an array, not null). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Read `value` (parsed JSON or YAML) into settings, or a problem naming the first bad field
 * in one sentence. Unknown keys and unknown rule ids are problems, so a typo never goes
 * unnoticed. Keys such as `__proto__` are data: the rules come back in a null-prototype map.
 */
export function readSettings(value: unknown): {settings: Settings} | {problem: string} {
  if (!isRecord(value)) return {problem: `Expected settings to be an object, got \`${describe(value)}\``}
  const settings: Settings = {rules: Object.create(null) as RuleConfig, maxSize: null, to: null}
  for (const key of Object.keys(value)) {
    if (!(settingKeys as readonly string[]).includes(key)) {
      return {problem: `Expected a setting among ${settingKeys.map((name) => `\`${name}\``).join(', ')}, got \`${describe(key)}\``}
    }
  }
  if (value.rules !== undefined) {
    const rules = readRules(value.rules)
    if ('problem' in rules) return rules
    settings.rules = rules.rules
  }
  if (value.maxSize !== undefined) {
    if (typeof value.maxSize !== 'number' || !Number.isSafeInteger(value.maxSize) || value.maxSize < 1) {
      return {problem: `Expected \`maxSize\` to be a whole number of bytes, got \`${describe(value.maxSize)}\``}
    }
    settings.maxSize = value.maxSize
  }
  if (value.to !== undefined) {
    if (typeof value.to !== 'string') return {problem: `Expected \`to\` to be a format name, got \`${describe(value.to)}\``}
    settings.to = value.to
  }
  return {settings}
}

/** Read the `rules` object: registered ids to `off` or a severity. */
function readRules(value: unknown): {rules: RuleConfig} | {problem: string} {
  if (!isRecord(value)) return {problem: `Expected \`rules\` to be an object of rule ids, got \`${describe(value)}\``}
  const rules = Object.create(null) as Record<string, RuleSetting>
  for (const [id, setting] of Object.entries(value)) {
    const idProblem = ruleIdProblem(id)
    if (idProblem !== null) return {problem: idProblem}
    const known = ruleSettings.find((level) => level === setting)
    if (known === undefined) {
      return {problem: `Expected rule \`${id}\` to be ${ruleSettings.join(', ')}, got \`${describe(setting)}\``}
    }
    rules[id] = known
  }
  return {rules}
}

/**
 * Why `id` cannot be set, or null when it can: an unknown id (the problem names the valid
 * ones), or one of the command line's failures, which no setting re-grades.
 */
export function ruleIdProblem(id: string): string | null {
  if (!isRuleId(id)) {
    const ids = listRules().filter((rule) => rule.stage !== 'cli').map((rule) => rule.id)
    return `Expected a known rule id, got \`${JSON.stringify(id).slice(1, -1)}\`; the ids are ${ids.join(', ')}`
  }
  if (ruleRegistry[id].stage === 'cli') {
    return `Expected a rule id that a setting can change, got \`${id}\`, a failure of the command line that is always an error`
  }
  return null
}

/** A short text of an untrusted value for a message; control characters escaped as in JSON. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).slice(1, -1)
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  return typeof value === 'object' ? 'an object' : String(value)
}
