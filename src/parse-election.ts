/**
 * The whole pipeline for one article: parse, extract, validate.
 */
import {VFile} from 'vfile'
import type {Election} from './model/election.js'
import {toElectionMessages} from './model/report.js'
import {extractElection} from './extract/extract-election.js'
import {parseArticle} from './parse/parse-article.js'
import type {RuleConfig} from './validate/rule.js'
import {validateElection} from './validate/validate-election.js'

/** Options of {@link parseElection}. */
export interface ParseElectionOptions {
  /** Rule settings by id: `off` or a severity (`{'stage-mismatch': 'off'}`). */
  rules?: RuleConfig | null | undefined
}

/** What {@link parseElection} returns. */
export interface ParsedElection {
  /** The election; its `messages` hold the findings as data. */
  election: Election
  /** The same findings as vfile messages, with file path and exact places. */
  messages: VFile['messages']
}

/**
 * Read an article (text, or a VFile whose `path` names it in messages) into an election.
 *
 * Bad input never throws: what could not be read is a message. Messages are also kept on the
 * VFile when one is passed.
 */
export function parseElection(input: string | VFile, options?: ParseElectionOptions): ParsedElection {
  const file = typeof input === 'string' ? new VFile({value: input}) : input
  const tree = parseArticle(file)
  const election = extractElection(tree, file)
  validateElection(election, file, {rules: options?.rules})
  return {election: {...election, messages: toElectionMessages(file)}, messages: file.messages}
}

