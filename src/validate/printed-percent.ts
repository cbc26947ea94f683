/**
 * The percentage cell of a candidate's row as printed, for the precision it carries.
 */
import type {CandidateResult, Election} from '../model/election.js'

/** A percentage cell: `51.06`, `51.06%`, `.01%`, `0%`, `100.0 %`. */
const percentCell = /^(\d*(?:\.\d+)?)\s?%?$/

/** Tolerance when comparing a cell's value with the stored number. */
const sameNumber = 1e-9

/**
 * Find the text of `candidate`'s percentage in the main table, or `null`.
 *
 * The row is the one whose first non-empty cell starts with the candidate's name; the cell
 * is the one whose value equals the stored percent, preferring cells with a `%` sign (a
 * delegate count may equal the percent too). The model keeps `27.20` as `27.2`, so this is
 * the only way to know that two decimals were printed.
 */
export function printedPercent(election: Election, candidate: CandidateResult): string | null {
  const percent = candidate.percent
  if (percent === null || election.mainTable === null) return null
  const table = election.tables[election.mainTable]
  if (!table) return null
  const row = table.rows.find((cells) => {
    const label = cells.find((cell) => cell.trim() !== '')
    return label !== undefined && label.trim().startsWith(candidate.name)
  })
  if (!row) return null
  const matches = row
    .map((cell) => cell.trim())
    .filter((cell) => {
      const number = percentCell.exec(cell)?.[1]
      return number !== undefined && number !== '' && Math.abs(Number(number) - percent) < sameNumber
    })
  return matches.find((cell) => cell.endsWith('%')) ?? matches[0] ?? null
}
