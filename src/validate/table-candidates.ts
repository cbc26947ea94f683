/**
 * The candidates that are rows of the main table, without infobox-only candidates.
 */
import type {CandidateResult, Election} from '../model/election.js'

/**
 * Candidates whose position lies inside the main table.
 *
 * The model lists table rows first, then candidates known only from the infobox; their
 * positions tell them apart. Without a main table there are no rows; without a table position
 * every candidate is taken as a row.
 */
export function tableCandidates(election: Election): CandidateResult[] {
  if (election.mainTable === null) return []
  const table = election.tables[election.mainTable]
  if (!table) return []
  const range = table.position
  if (range === null) return [...election.candidates]
  return election.candidates.filter((candidate) => {
    const line = candidate.position?.start.line
    return line !== undefined && line >= range.start.line && line <= range.end.line
  })
}
