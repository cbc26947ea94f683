/**
 * Mark the winner among the result rows.
 */
import type {CandidateResult} from '../model/election.js'

/**
 * The rows with `winner` set on the candidate (not Uncommitted or Others) with the most votes,
 * or the most delegates where no row has votes; ties mark every leader. A lone candidate with
 * no figures at all (`| Joe Biden | Unopposed |`) ran unopposed and is the winner.
 */
export function markWinners(candidates: readonly CandidateResult[]): CandidateResult[] {
  const people = candidates.filter((candidate) => candidate.kind === 'candidate')
  const measure = people.some((candidate) => candidate.votes !== null) ? 'votes' : 'delegates'
  let most: number | null = null
  for (const candidate of people) {
    const value = candidate[measure]
    if (value !== null && (most === null || value > most)) most = value
  }
  const unopposed = most === null && people.length === 1
  return candidates.map((candidate) => {
    const winner = candidate.kind === 'candidate' && (unopposed || (most !== null && most > 0 && candidate[measure] === most))
    // A row whose flag stays is kept, not copied: a table may have 100,000 rows.
    return candidate.winner === winner ? candidate : {...candidate, winner}
  })
}
