/**
 * The percentage cell of a candidate's row as printed, for the precision it carries.
 */
import type {CandidateResult, Election, ElectionTable} from '../model/election.js'

/** A percentage cell: `51.06`, `51.06%`, `.01%`, `0%`, `100.0 %`. */
const percentCell = /^(\d*(?:\.\d+)?)\s?%?$/

/** Tolerance when comparing a cell's value with the stored number. */
const sameNumber = 1e-9

/**
 * Find the text of `candidate`'s percentage in the main table, or `null`.
 *
 * The row is the candidate's (by line, else the first with a cell starting with its name); the cell
 * is the one whose value equals the stored percent, preferring cells with a `%` sign (a
 * delegate count may equal the percent too). The model keeps `27.20` as `27.2`, so this is
 * the only way to know that two decimals were printed.
 */
export function printedPercent(election: Election, candidate: CandidateResult): string | null {
  const known = printed.get(election)
  if (known?.has(candidate)) return known.get(candidate) ?? null
  const found = findPrintedPercent(election, candidate)
  known?.set(candidate, found)
  return found
}

/**
 * Percentages found while `validateElection` runs, by election: several rules ask for each
 * candidate's, and finding one reads the candidate's table row.
 */
const printed = new WeakMap<Election, Map<CandidateResult, string | null>>()

/** Run `work` (the rules over `election`), finding each candidate's printed percentage once. */
export function withPrintedPercents<Result>(election: Election, work: () => Result): Result {
  printed.set(election, new Map())
  try {
    return work()
  } finally {
    printed.delete(election)
  }
}

function findPrintedPercent(election: Election, candidate: CandidateResult): string | null {
  const percent = candidate.percent
  if (percent === null || election.mainTable === null) return null
  const table = election.tables[election.mainTable]
  if (!table) return null
  const row = rowOf(table, candidate)
  if (!row) return null
  const matches = row
    .map((cell) => cell.trim())
    .filter((cell) => {
      const number = percentCell.exec(cell)?.[1]
      return number !== undefined && number !== '' && Math.abs(Number(number) - percent) < sameNumber
    })
  return matches.find((cell) => cell.endsWith('%')) ?? matches[0] ?? null
}

/**
 * The body row of `candidate`, found from its line when both it and the table have positions
 * (one lookup per candidate keeps the rules linear on a 100,000-row table), else by name.
 */
function rowOf(table: ElectionTable, candidate: CandidateResult): string[] | undefined {
  const line = candidate.position?.start.line
  const end = table.position?.end.line
  if (line === undefined || end === undefined) return table.rows.find((cells) => isRowOf(cells, candidate))
  // Rows end on the table's last line; a dropped `|---|` row above a body row shifts it by one.
  const at = table.rows.length - 1 - (end - line)
  return [table.rows[at], table.rows[at + 1]].find((cells) => cells !== undefined && isRowOf(cells, candidate))
}

/** Whether a cell of `cells` starts with the name: the label may be a party (`| Democratic | Ann Lee |`). */
function isRowOf(cells: readonly string[], candidate: CandidateResult): boolean {
  return cells.some((cell) => cell.trim() !== '' && cell.trim().startsWith(candidate.name))
}
