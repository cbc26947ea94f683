/**
 * The pipeline as the check and show commands call it, so tests can hand them another one.
 */
import type {VFile} from 'vfile'
import type {Election} from '../model/election.js'
import type {RuleConfig} from '../validate/rule.js'

/** A vfile message (`vfile` does not export the class's type by name). */
export type FileMessage = VFile['messages'][number]

/** What `parseElection` returns: the election and the messages placed on the input. */
export interface ParsedElection {
  /** The election built from the article. */
  election: Election
  /** Every message of every stage, already re-graded by the rule configuration. */
  messages: readonly FileMessage[]
}

/** `parseElection` from `src/parse-election.ts`: parse, extract, validate. */
export type ElectionParser = (input: VFile, options: {rules: RuleConfig}) => ParsedElection
