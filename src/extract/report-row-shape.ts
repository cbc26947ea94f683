/**
 * Say how a body row's cells were placed under the table's columns.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../model/report.js'
import {isNoValue} from './parse-count.js'
import {isProvenEmpty} from './place-by-evidence.js'
import type {ReadRow, ReadTable} from './read-table.js'

/**
 * Report how a row of `table` was placed under its columns: figures that fit no column or
 * that the evidence could not place (warning), a realignment that may hide a lost figure
 * (warning), or one the table settles (info).
 *
 *     | Uncommitted | N/A | 0 | 2 | 2 | |     <- `N/A` spanned Count and %: info
 */
export function reportRowShape(row: ReadRow, table: ReadTable, file: VFile): void {
  const label = row.label?.text ?? ''
  if (row.misfits > 0) {
    report(file, `Expected the figures of row \`${label}\` to fit the columns, got ${row.misfits} that fit none`, place(row), 'row-misfit')
  } else if (row.unplaced > 0) {
    report(file, `Expected the figures of row \`${label}\` to fit one set of columns, got several that the Total row and the sums fit equally; ${row.unplaced} left out`, place(row), 'row-unplaced')
  } else if (row.shift > 0) {
    const spanning = row.texts[row.spanAt]?.text ?? label
    const moved = row.texts.findIndex((cell, index) => index > row.spanAt && cell.text !== '')
    const start = row.cells.findIndex((cell) => cell !== null && cell === row.texts[moved])
    const under = table.columns[start]?.name || 'the next column'
    const what = row.spanAt === row.labelColumn ? 'a label' : `\`${spanning}\``
    // A label over names, or `N/A` over figures, spans on purpose; anything else spanning a
    // column of figures may stand where a figure was lost.
    const lost = row.kind === 'result' && !isNoValue(spanning) && spannedFigureColumns(row, table) > 0
    const reason = `Expected the figures of row \`${label}\` under their own columns, got ${what} spanning ${row.shift + 1} columns; read the cells after it from \`${under}\` on`
    if (lost) report(file, `${reason}; a figure may be missing`, place(row), 'span-hides-figure')
    else report(file, reason, place(row), 'row-shape')
  }
}

/** Roles of columns that hold figures. */
const figureRoles: ReadonlySet<string> = new Set(['votes', 'percent', 'delegates', 'pledged', 'unpledged', 'bound', 'unbound', 'electoralVotes', 'electoralPercent'])

/**
 * How many columns of figures the row's spanning cell covers besides its own, leaving out
 * those where the Total row proves the row has nothing.
 */
function spannedFigureColumns(row: ReadRow, table: ReadTable): number {
  const spanning = row.texts[row.spanAt]
  const start = spanning ? row.cells.indexOf(spanning) : -1
  if (start === -1) return 0
  const votes = table.columns.findIndex((column) => column.role === 'votes')
  let count = 0
  for (let column = start + 1; column <= start + row.shift; column++) {
    const role = table.columns[column]?.role
    if (role === undefined || !figureRoles.has(role)) continue
    // A row with no votes has no share either.
    const proven = isProvenEmpty(row, role === 'percent' && votes !== -1 ? votes : column, table.rows, table.columns)
    if (!proven) count++
  }
  return count
}

function place(row: ReadRow): Position | undefined {
  return row.node.position
}
