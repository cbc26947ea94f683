/**
 * Keys for elections in tabular output (CSV rows, SQLite tables).
 */
import type {Election} from '../model/election.js'
import {claimElectionId} from '../model/election-id.js'

/**
 * The `summary.electionId` of each of `elections`, made unique within the list in input
 * order: a repeated id gets `-2`, `-3`, ... (the first keeps the bare id), so the same list
 * always gets the same ids. Where an id differs from the election's own, the caller may say
 * so (the CLI prints an info message).
 */
export function electionIds(elections: readonly Election[]): string[] {
  const used = new Set<string>()
  return elections.map((election) => claimElectionId(election.summary.electionId, used))
}
