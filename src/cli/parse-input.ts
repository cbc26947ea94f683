/**
 * Running the pipeline on one read input, turning a failure to build into messages.
 */
import type {VFile} from 'vfile'
import type {Election} from '../model/election.js'
import {applyRuleConfig} from '../validate/apply-rule-config.js'
import type {RuleConfig} from '../validate/rule.js'
import type {ElectionParser, FileMessage} from './election-parser.js'

/** The election (null when none could be built) and the messages of one input. */
export interface ParsedInput {
  /** The election, or null when the pipeline failed with a fatal message. */
  election: Election | null
  /** Messages, re-graded by the rule configuration. */
  messages: FileMessage[]
}

/**
 * Parse `file` with `parse` and `rules` (the parser grades its messages by `rules`). A fatal
 * message thrown by `file.fail` becomes the result's messages, graded here; any other
 * exception is a bug and is rethrown.
 */
export function parseInput(file: VFile, parse: ElectionParser, rules: RuleConfig): ParsedInput {
  try {
    const {election, messages} = parse(file, {rules})
    return {election, messages: [...messages]}
  } catch (error) {
    if (!file.messages.some((message) => message === error)) throw error
    return {election: null, messages: applyRuleConfig(file.messages, rules)}
  }
}
