/**
 * The validate stage: run every rule over a built election.
 */
import type {VFile} from 'vfile'
import type {Election} from '../model/election.js'
import {applyRuleConfig, settingOf} from './apply-rule-config.js'
import type {RuleConfig} from './rule.js'
import {rules} from './rules.js'
import {withPrintedPercents} from './printed-percent.js'

/** Options of `validateElection`. */
export interface ValidateOptions {
  /** Settings by rule id: `off`, or a severity that replaces the rule's default. */
  rules?: RuleConfig | null | undefined
}

/**
 * Run every rule not switched `off` over `election`, adding their messages to `file`, then
 * apply the configuration to all messages of `file`, those of earlier stages included.
 *
 * `file` should be the file the election was extracted from, so messages carry its path.
 * Messages are sorted by place afterwards, as the extract stage's and the rules' interleave.
 */
export function validateElection(election: Election, file: VFile, options?: ValidateOptions): void {
  const config = options?.rules ?? {}
  withPrintedPercents(election, () => {
    for (const rule of rules) {
      if (settingOf(config, rule.id) === 'off') continue
      rule.check(election, file)
    }
  })
  file.messages = applyRuleConfig(file.messages, config).sort(byPlace)
}

/** Order messages by line, then column; unplaced messages first, as vfile-sort does. */
function byPlace(left: {line?: number | undefined; column?: number | undefined}, right: typeof left): number {
  return (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0)
}
