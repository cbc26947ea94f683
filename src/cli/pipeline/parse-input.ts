/**
 * Running the pipeline on one loaded input, for every command that reads articles.
 */
import type {VFile} from 'vfile'
import type {Election} from '../../model/election.js'
import {parseElection} from '../../parse-election.js'
import type {RuleConfig} from '../../validate/rule.js'
import type {FileMessage} from './file-message.js'

/** Options of {@link parseInput}. */
export interface ParseInputOptions {
  /** `--rule` settings. */
  rules: RuleConfig
  /** `--max-size` in bytes. */
  maxSize: number
  /** The NDJSON record's id, kept as the election's `sourceId`. */
  sourceId?: string | null
}

/** The election and the messages of one input. */
export interface ParsedInput {
  /** The election built from the article. */
  election: Election
  /** Messages, graded by the rule configuration. */
  messages: FileMessage[]
}

/** Parse, extract and validate the article in `file` (see `parseElection`). */
export function parseInput(file: VFile, options: ParseInputOptions): ParsedInput {
  const {election, messages} = parseElection(file, {rules: options.rules, maxSize: options.maxSize, sourceId: options.sourceId})
  return {election, messages: [...messages]}
}
