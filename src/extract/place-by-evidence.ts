/**
 * Settle where a padded row's cells belong by what the table itself proves: the Total row,
 * the column sums and percent = votes / total.
 */
import {decimalsOf} from '../model/decimals-of.js'
import type {CellKind} from './cell-kind.js'
import type {ColumnRole} from './header-roles.js'
import {isNoValue} from './parse-count.js'
import {parseDelegates} from './parse-delegates.js'
import {parsePercent} from './parse-percent.js'
import type {CellText, ReadRow} from './read-row.js'
import {rowPlacements, type Placement} from './row-placements.js'
import type {TableColumn} from './table-columns.js'

/** Roles whose cells add up to the Total row's. */
const summedRoles: ReadonlySet<ColumnRole> = new Set(['votes', 'delegates', 'pledged', 'unpledged', 'bound', 'unbound', 'electoralVotes'])

/** Units of a percentage's last printed decimal it may be off votes / total (rounding). */
const percentSlackUnits = 0.55

/** The share a Total row states. */
const wholeShare = 100

/** How far a Total row's share may be from 100 (rounded shares add up to 99.9-100.1). */
const wholeShareSlack = 0.5

/** Slack when comparing sums of decimals (split delegates). */
const sumSlack = 1e-6

/**
 * Re-place every result or Total row that has more than one placement (it ends in padding) by
 * the evidence: how many columns then add up to the Total row, and how many percentages then
 * equal votes / total. The placement with the fewest misfits and the most evidence wins, then
 * the best fit; the reading by shape, else the row as written, wins any tie. When tied placements disagree on a cell, the
 * cells they disagree on are left out (`unplaced`), since nothing in the table decides.
 */
export function placeByEvidence(
  rows: readonly ReadRow[],
  columns: readonly TableColumn[],
  kinds: readonly CellKind[] = [],
  placements?: readonly (readonly Placement[] | null)[]
): ReadRow[] {
  const placed = [...rows]
  const totalAt = placed.findIndex((row) => row.kind === 'total')
  const totalRow = placed[totalAt]
  // Without a Total row nothing is proven. Placements are made row by row, not all first:
  // a row of a wide table has hundreds, each as wide as the table.
  if (!totalRow) return placed
  const votes = columns.findIndex((column) => column.role === 'votes')
  const percent = columns.findIndex((column) => column.role === 'percent')
  // Each row's placements as its reader found them (null: only as written), else found here.
  const options = (at: number): readonly Placement[] => {
    const row = placed[at] as ReadRow
    return placements ? (placements[at] ?? []) : rowPlacements(row.texts, row.labelColumn, columns, kinds)
  }
  // The sums of the result rows by column, kept as rows are settled: summing the other rows
  // for each placement of each row took time in the square of the rows.
  const sums = columns.map((column, at) => resultSum(placed, at, column.role))
  // The Total row first, against the result rows as they fit best; then each result row against it.
  const total = settle(totalRow, options(totalAt), (placement) => totalEvidence(placement, sums, columns))
  placed[totalAt] = total
  for (let at = 0; at < placed.length; at++) {
    const row = placed[at] as ReadRow
    if (row.kind !== 'result') continue
    const found = options(at)
    if (found.length < 2) continue
    const settled = settle(row, found, (placement) =>
      rowEvidence(placement, row, sums, total, columns) + percentEvidence(placement, total, votes, percent, columns))
    if (settled === row) continue
    for (const [column, {role}] of columns.entries()) {
      if (summedRoles.has(role)) sums[column] = (sums[column] ?? 0) - (value(row.cells[column], role) ?? 0) + (value(settled.cells[column], role) ?? 0)
    }
    placed[at] = settled
  }
  return placed
}

/** The sum of the result rows' figures in `column` when it holds a summed role, else 0. */
function resultSum(rows: readonly ReadRow[], column: number, role: ColumnRole): number {
  if (!summedRoles.has(role)) return 0
  let sum = 0
  for (const row of rows) {
    if (row.kind === 'result') sum += value(row.cells[column], role) ?? 0
  }
  return sum
}

function settle(row: ReadRow, options: readonly Placement[], evidence: (placement: Placement) => number): ReadRow {
  if (options.length < 2) return row
  const scored = options.map((placement) => ({placement, evidence: evidence(placement)}))
  const fewest = Math.min(...scored.map((entry) => entry.placement.misfits))
  const kept = scored.filter((entry) => entry.placement.misfits === fewest)
  const most = Math.max(...kept.map((entry) => entry.evidence))
  const proven = kept.filter((entry) => entry.evidence === most)
  // On a tie the reading by shape stands (a label naming delegates prefers them), else the
  // row as written; else the best fit, and what the best fits disagree on is left out.
  const current = proven.find((entry) => entry.placement.spanAt === row.spanAt && entry.placement.shift === row.shift)
  if (current) return row
  const asWritten = proven.find((entry) => entry.placement.spanAt === -1)?.placement
  if (asWritten) return {...row, cells: asWritten.cells, shift: 0, spanAt: -1, misfits: asWritten.misfits, unplaced: 0}
  const fit = Math.max(...proven.map((entry) => entry.placement.fit))
  const best = proven.filter((entry) => entry.placement.fit === fit).map((entry) => entry.placement)
  const first = best[0]
  if (!first) return row
  const cells = first.cells.map((cell, column) => (best.every((placement) => placement.cells[column] === cell) ? cell : null))
  const unplaced = first.cells.filter((cell, column) => cell !== null && cells[column] === null).length
  return {...row, cells, shift: first.shift, spanAt: first.spanAt, misfits: first.misfits, unplaced}
}

function value(cell: CellText | null | undefined, role: ColumnRole | undefined): number | null {
  if (!cell || isNoValue(cell.text)) return null
  return role === 'percent' ? parsePercent(cell.text) : parseDelegates(cell.text)
}

/** Columns whose Total equals the sum of the result rows (`sums`) with `row` placed as `placement`. */
function rowEvidence(placement: Placement, row: ReadRow, sums: readonly number[], total: ReadRow, columns: readonly TableColumn[]): number {
  let matches = 0
  // Loops by index: this runs for each placement of each padded row, mostly before the
  // engine has optimized it.
  for (let column = 0; column < columns.length; column++) {
    const role = (columns[column] as TableColumn).role
    if (!summedRoles.has(role)) continue
    const want = value(total.cells[column], role)
    if (want === null) continue
    const sum = (sums[column] ?? 0) - (value(row.cells[column], role) ?? 0) + (value(placement.cells[column], role) ?? 0)
    if (Math.abs(sum - want) < sumSlack) matches++
  }
  return matches
}

/**
 * Columns where this placement of the Total row equals the result rows' sum (`sums`), and 1
 * more when it puts a share of about 100 (`100%`, `100.00`) under the percentage column.
 */
function totalEvidence(placement: Placement, sums: readonly number[], columns: readonly TableColumn[]): number {
  let score = 0
  for (let column = 0; column < columns.length; column++) {
    const role = (columns[column] as TableColumn).role
    const have = value(placement.cells[column], role)
    if (have === null) continue
    if (role === 'percent') {
      if (Math.abs(have - wholeShare) <= wholeShareSlack) score++
      continue
    }
    if (summedRoles.has(role) && Math.abs((sums[column] ?? 0) - have) < sumSlack) score++
  }
  return score
}

/**
 * 1 when the placement's percentage equals its votes / total votes. A disagreement proves
 * nothing (sources round sloppily), nor does a zero (`0` and `0%` fit anywhere).
 */
function percentEvidence(placement: Placement, total: ReadRow, votes: number, percent: number, columns: readonly TableColumn[]): number {
  if (votes === -1 || percent === -1) return 0
  const all = value(total.cells[votes], columns[votes]?.role)
  const count = value(placement.cells[votes], 'votes')
  const cell = placement.cells[percent]
  const share = value(cell, 'percent')
  if (all === null || all <= 0 || count === null || count === 0 || share === null || !cell) return 0
  const slack = percentSlackUnits * 10 ** -decimalsOf(cell.text)
  return Math.abs((count / all) * 100 - share) <= slack ? 1 : 0
}

/**
 * Whether the Total row proves that `row` has nothing in `column`: the other result rows
 * already add up to the Total row's figure there.
 */
export function isProvenEmpty(row: ReadRow, column: number, rows: readonly ReadRow[], columns: readonly TableColumn[]): boolean {
  const role = columns[column]?.role
  if (role === undefined || !summedRoles.has(role)) return false
  const total = rows.find((candidate) => candidate.kind === 'total')
  const want = value(total?.cells[column], role)
  if (want === null) return false
  let sum = 0
  for (const other of rows) {
    if (other !== row && other.kind === 'result') sum += value(other.cells[column], role) ?? 0
  }
  return Math.abs(sum - want) < sumSlack
}
