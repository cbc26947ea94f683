/**
 * Handmade model data for tests: every field absent except those a test sets.
 */
import type {CandidateResult, Election} from '../src/model/election.js'
import {emptyElection} from '../src/model/empty-election.js'
import {withSummary} from '../src/model/summarize-election.js'

/** A candidate with nulls everywhere but `name` and what `fields` sets. */
export function candidateWith(fields: Partial<CandidateResult> & {name: string}): CandidateResult {
  return {
    kind: 'candidate',
    withdrawn: false,
    party: null,
    runningMate: null,
    homeState: null,
    color: null,
    votes: null,
    percent: null,
    delegates: null,
    delegateBreakdown: null,
    electoralVotes: null,
    winner: false,
    infoboxIndex: null,
    position: null,
    ...fields
  }
}

/**
 * An election with every field absent but what `fields` sets; its `summary` is derived from
 * the rest unless `fields` sets one.
 */
export function electionWith(fields: Partial<Election> = {}): Election {
  const election = {...emptyElection(null), ...fields}
  return fields.summary === undefined ? withSummary(election) : election
}
