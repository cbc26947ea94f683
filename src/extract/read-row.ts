/**
 * Read one body row of a scraped table: what kind of row it is, and which column each of its
 * cells belongs under, realigning the figures when a label spanned several columns.
 */
import type {TableRow} from 'mdast'
import type {Position} from 'unist'
import {cellKind, type CellKind} from './cell-kind.js'
import {stripFootnotes} from './strip-footnotes.js'
import {fitScore, type TableColumn} from './table-columns.js'

/** A cell's exact text and where it is. */
export interface CellText {
  /** Text as written. */
  text: string
  /** Where the text is. */
  position: Position | undefined
  /** The shape of the text (`cellKind`), read once per cell. */
  kind: CellKind
}

/** What a body row is. */
export type RowKind = 'result' | 'total' | 'footer' | 'note'

/** A body row, its cells placed under the columns they belong to. */
export interface ReadRow {
  /** Result, Total row, footer (turnout, source) or a note spanning the table. */
  kind: RowKind
  /** One entry per column; null where the row has nothing. */
  cells: (CellText | null)[]
  /** The first non-empty cell, which may span several columns. */
  label: CellText | null
  /** Columns the label spans besides its own (the figures were shifted left by this). */
  shift: number
  /** Column of the label. */
  labelColumn: number
  /** Figures that fit no column even after realignment. */
  misfits: number
  /** The mdast row. */
  node: TableRow
}

/** Labels of Total rows: `Total`, `Totals`, `Total votes`, `Total:`, `Total valid votes`. */
const totalLabel = /^totals?\b/i
/** Labels of footer rows that are not results: turnout, sources, majority, `Republican hold`. */
const footerLabel = /^(?:voter turnout|turnout|registered voters|eligible voters|sources?|notes?|blank|invalid|spoilt|spoiled|rejected|valid votes|majority|plurality|margin|ref\.|references?)\b|\b(?:hold|gain from|gain)$/i

/** Whether `label` names a Total row (`Totals`, `Total votes:`). */
export function isTotalLabel(label: string): boolean {
  return totalLabel.test(stripFootnotes(label).trim())
}

/** Whether `label` starts a Total or footer row. */
export function isSpecialLabel(label: string): boolean {
  const text = stripFootnotes(label).trim()
  return totalLabel.test(text) || footerLabel.test(text)
}

/** Words in a name; a longer text in a row of its own is a note, not a candidate. */
const maxNameWords = 5

/**
 * Whether a row's only cell is a note (`100% of precincts reporting`) rather than a
 * candidate with no figures: it has digits, a colon, or more words than a name.
 */
function isNoteText(text: string): boolean {
  return /[\d:]/.test(text) || text.split(/\s+/).length > maxNameWords || cellKind(text) !== 'text'
}

/** How many empty cells end `row`. */
export function trailingEmpty(row: readonly CellText[]): number {
  let count = 0
  for (let index = row.length - 1; index >= 0 && row[index]?.text === ''; index--) count++
  return count
}

/**
 * Read a body row: its kind (result, total, footer, note), its cells placed under
 * `columns`, and the realignment of figures that a spanning label shifted left.
 */
export function readRow(texts: readonly CellText[], node: TableRow, columns: readonly TableColumn[]): ReadRow {
  const width = columns.length
  const labelAt = texts.findIndex((cell) => cell.text !== '')
  const label = texts[labelAt] ?? null
  const labelText = stripFootnotes(label?.text ?? '').trim()
  const filled = texts.filter((cell) => cell.text !== '').length
  const kind: RowKind = totalLabel.test(labelText)
    ? 'total'
    : footerLabel.test(labelText)
      ? 'footer'
      : filled === 1 && width > 1 && isNoteText(labelText)
        ? 'note'
        : 'result'
  const placed = texts.slice(0, width)
  const extra = texts.slice(width).filter((cell) => cell.text !== '').length
  const shift = kind === 'note' ? {shift: 0, misfits: 0} : bestShift(placed, labelAt, columns, labelText)
  const cells: (CellText | null)[] = new Array<CellText | null>(width).fill(null)
  for (const [index, cell] of placed.entries()) {
    if (cell.text === '') continue
    const target = index > labelAt ? index + shift.shift : index
    if (target < width) cells[target] = cell
  }
  return {kind, cells, label, shift: shift.shift, labelColumn: labelAt, misfits: shift.misfits + extra, node}
}

/**
 * How far right the figures after the label belong: a label that spanned `k` columns on the
 * page shifts them `k - 1` to the left, and the scraper pads the row at the end. Take the
 * shift with the fewest misfits; on a tie the smallest, except that a label naming delegates
 * (`Unprojected delegates`) prefers to put its figure under a delegates column.
 */
function bestShift(texts: readonly CellText[], labelAt: number, columns: readonly TableColumn[], label: string): {shift: number; misfits: number} {
  const room = trailingEmpty(texts) + Math.max(0, columns.length - texts.length)
  if (labelAt < 0 || room === 0) return {shift: 0, misfits: misfitsAt(texts, labelAt, columns, 0)}
  const wantsDelegates = /delegate/i.test(label)
  // Only a label of words can have spanned columns.
  const last = cellKind(label) === 'text' ? room : 0
  const firstFigure = texts.findIndex((cell, index) => index > labelAt && cell.text !== '')
  let best = {shift: 0, misfits: Infinity, delegates: false}
  for (let shift = 0; shift <= last; shift++) {
    const misfits = misfitsAt(texts, labelAt, columns, shift)
    const role = firstFigure === -1 ? undefined : columns[firstFigure + shift]?.role
    const delegates = wantsDelegates && (role === 'delegates' || role === 'bound' || role === 'pledged')
    if (misfits < best.misfits || (misfits === best.misfits && delegates && !best.delegates)) {
      best = {shift, misfits, delegates}
    }
  }
  return {shift: best.shift, misfits: best.misfits}
}

function misfitsAt(texts: readonly CellText[], labelAt: number, columns: readonly TableColumn[], shift: number): number {
  let misfits = 0
  for (const [index, cell] of texts.entries()) {
    if (index <= labelAt || cell.text === '') continue
    const column = columns[index + shift]
    if (!column || fitScore(column.role, cell.kind) < 0) misfits++
  }
  return misfits
}
