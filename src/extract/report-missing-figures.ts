/**
 * Warn on a result row whose cell is blank where every other row, and the Total row, has a
 * figure: nothing tells a blank from a lost figure.
 */
import type {VFile} from 'vfile'
import type {CandidateResult, Totals} from '../model/election.js'
import {report} from '../model/report.js'
import type {ReadRow} from './read-row.js'

/** Fewest other rows that must all have the figure for a blank to stand out. */
const minOthers = 1

/** The figures checked, with the column each is read from and its name in messages. */
type Checked = 'votes' | 'percent' | 'delegates'

/**
 * For votes, percent and delegates: when the Total row has the figure and every other result
 * row too, a row whose cell is blank (not `—`, `N/A` or a word, which say "none" on purpose)
 * gets a `figure-missing` warning.
 *
 *     | John Kerry | 4,844 | 27.20 | 29 |
 *     | Al Sharpton | 582 | 3.27 | |        <- delegates blank: 0, or lost?
 *     | Total | 17,809 | 100% | 107 |
 */
export function reportMissingFigures(
  rows: readonly ReadRow[],
  candidates: readonly CandidateResult[],
  totals: Totals,
  columns: Readonly<Record<Checked, number>>,
  file: VFile
): void {
  for (const figure of ['votes', 'percent', 'delegates'] as const) {
    const column = columns[figure]
    if (column === -1 || totals[figure] === null || candidates.length <= minOthers) continue
    for (const [at, candidate] of candidates.entries()) {
      if (candidate[figure] !== null) continue
      const row = rows[at]
      const cell = row?.cells[column]
      if (!row || (cell && cell.text.trim() !== '') || isSpanned(row, column)) continue
      const othersHave = candidates.every((other, index) => index === at || other[figure] !== null)
      if (!othersHave) continue
      report(file, `Expected ${figure} for \`${candidate.name}\` as every other row and the Total row have, got a blank cell`, rows[at]?.node.position, 'figure-missing')
    }
  }
}

/** Whether `column` lies under a cell that spanned several columns (`N/A` over Count and %). */
function isSpanned(row: ReadRow, column: number): boolean {
  if (row.shift === 0) return false
  const spanning = row.texts[row.spanAt]
  const start = spanning ? row.cells.indexOf(spanning) : -1
  return start !== -1 && column > start && column <= start + row.shift
}
