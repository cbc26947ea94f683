/**
 * Helpers for the variant tests: read an article snippet and show its results compactly.
 */
import type {CandidateResult, Election} from '../../../src/model/election.js'
import {parseElection} from '../../../src/parse-election.js'

/** The election read from `text`. */
export function read(text: string): Election {
  return parseElection(text).election
}

/** Name, votes, percent and delegates of each result row. */
export function figures(election: Election): [string, number | null, number | null, number | null][] {
  return election.candidates.map((candidate) => [candidate.name, candidate.votes, candidate.percent, candidate.delegates])
}

/** One field of each result row. */
export function field<Key extends keyof CandidateResult>(election: Election, key: Key): CandidateResult[Key][] {
  return election.candidates.map((candidate) => candidate[key])
}

/** Rule ids of the messages, in order. */
export function ruleIds(election: Election): string[] {
  return election.messages.map((message) => message.ruleId)
}
