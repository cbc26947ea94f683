/**
 * Read a scraped table's structure: caption, header rows, named columns, and body rows
 * realigned where a label spanned several columns on the page.
 */
import type {Table, TableRow} from 'mdast'
import type {Position} from 'unist'
import type {TableCaption} from '../parse/mdast-wiki.js'
import {cellKind, type CellKind} from './cell-kind.js'
import {alignColumns, fitScore, mergeHeaderRows, type TableColumn} from './table-columns.js'
import {stripFootnotes} from './strip-footnotes.js'

/** A cell's exact text and where it is. */
export interface CellText {
  /** Text as written. */
  text: string
  /** Where the text is. */
  position: Position | undefined
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

/** A table read for its results. */
export interface ReadTable {
  /** Caption from a caption line or the title row. */
  caption: TableCaption | null
  /** Whether the first row is a padded title row. */
  titleRow: boolean
  /** Header rows after the title row (1 or 2). */
  headerRows: number
  /** The columns, as many as the widest row. */
  columns: TableColumn[]
  /** Body rows. */
  rows: ReadRow[]
}

/** Labels of Total rows: `Total`, `Totals`, `Total votes`, `Total:`, `Total valid votes`. */
const totalLabel = /^totals?\b/i
/** Labels of footer rows that are not results: turnout, sources, majority, `Republican hold`. */
const footerLabel = /^(?:voter turnout|turnout|registered voters|eligible voters|sources?|notes?|blank|invalid|spoilt|spoiled|rejected|valid votes|majority|plurality|margin|ref\.|references?)\b|\b(?:hold|gain from|gain)$/i

/** The exact text of every cell of `row`. */
export function rowTexts(row: TableRow): CellText[] {
  return row.children.map((cell) => {
    const text = cell.children[0]
    return {text: text && text.type === 'text' ? text.value : '', position: cell.position}
  })
}

/** Read `table` into columns and realigned rows. */
export function readTable(table: Table): ReadTable {
  const rows = table.children.map(rowTexts)
  // Not Math.max(...widths): spreading 100,000 rows as arguments overflows the stack.
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0)
  let at = 0
  const titleRow = isTitleRow(rows[0], rows.length)
  if (titleRow) at++
  const first = rows[at] ?? []
  const second = rows[at + 1]
  const firstNames = names(first)
  const twoRows = second !== undefined && isSubHeader(first, second, width)
  const headerRows = first.length > 0 ? (twoRows ? 2 : 1) : 0
  at += headerRows
  const body = table.children.slice(at)
  const bodyTexts = rows.slice(at)
  const kinds = columnKinds(bodyTexts, width)
  const named = twoRows ? mergeHeaderRows(firstNames, names(second), width, kinds) : firstNames.map((name) => ({name, group: null, role: roleOfName(name)}))
  const columns = alignColumns(named, kinds)
  const caption = table.data?.caption ?? null
  return {
    caption,
    titleRow,
    headerRows,
    columns,
    rows: bodyTexts.flatMap((texts, index) => {
      const node = body[index]
      if (!node || texts.every((cell) => cell.text === '')) return []
      const row = readRow(texts, node, columns)
      // A header repeated further down the table is no result.
      return [sameTexts(texts, first) ? {...row, kind: 'note' as const} : row]
    })
  }
}

function sameTexts(row: readonly CellText[], header: readonly CellText[]): boolean {
  return header.length > 0 && row.length === header.length && row.every((cell, at) => cell.text === header[at]?.text)
}

function roleOfName(name: string) {
  return mergeHeaderRows([name], [], 1)[0]?.role ?? 'other'
}

function names(row: readonly CellText[]): string[] {
  return row.map((cell) => cell.text).filter((text) => text !== '')
}

function isTitleRow(row: readonly CellText[] | undefined, rowCount: number): boolean {
  if (!row || rowCount < 2 || row.length < 2) return false
  const [title, ...padding] = row
  return title !== undefined && title.text !== '' && padding.every((cell) => cell.text === '')
}

/**
 * A second header row: two or more names, no figures, under a first row with fewer names
 * than the table has columns (padded with empty cells, or simply shorter).
 */
function isSubHeader(first: readonly CellText[], second: readonly CellText[], width: number): boolean {
  const filled = names(second)
  if (filled.length < 2 || names(first).length >= Math.max(first.length, width)) return false
  if (totalLabel.test(stripFootnotes(filled[0] ?? ''))) return false
  return filled.every((text) => cellKind(text) === 'text' || text === '#' || text === '%')
}

/** The dominant kind of each column over the result-like rows. */
function columnKinds(rows: readonly (readonly CellText[])[], width: number): CellKind[] {
  const counts = Array.from({length: width}, () => new Map<CellKind, number>())
  for (const row of rows) {
    const label = row.find((cell) => cell.text !== '')?.text ?? ''
    if (row.length < width || isSpecialLabel(label) || trailingEmpty(row) > 0) continue
    for (const [index, cell] of row.entries()) {
      const kind = cellKind(cell.text)
      const count = counts[index]
      if (count) count.set(kind, (count.get(kind) ?? 0) + 1)
    }
  }
  // Rows padded at the end (spanning labels) are used only where no full row exists.
  if (counts.every((count) => count.size === 0)) {
    for (const row of rows) {
      for (const [index, cell] of row.entries()) {
        const kind = cellKind(cell.text)
        const count = counts[index]
        if (count) count.set(kind, (count.get(kind) ?? 0) + 1)
      }
    }
  }
  return counts.map(dominantKind)
}

function dominantKind(count: Map<CellKind, number>): CellKind {
  let best: CellKind = 'empty'
  let most = 0
  for (const [kind, number] of count) {
    if (kind === 'empty') continue
    if (number > most) {
      best = kind
      most = number
    }
  }
  return best
}

function isSpecialLabel(label: string): boolean {
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

function trailingEmpty(row: readonly CellText[]): number {
  let count = 0
  for (let index = row.length - 1; index >= 0 && row[index]?.text === ''; index--) count++
  return count
}

function readRow(texts: readonly CellText[], node: TableRow, columns: readonly TableColumn[]): ReadRow {
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
  let best = {shift: 0, misfits: Infinity, delegates: false}
  for (let shift = 0; shift <= room; shift++) {
    if (shift > 0 && cellKind(label) !== 'text') break
    const misfits = misfitsAt(texts, labelAt, columns, shift)
    const firstFigure = texts.findIndex((cell, index) => index > labelAt && cell.text !== '')
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
    if (!column || fitScore(column.role, cellKind(cell.text)) < 0) misfits++
  }
  return misfits
}
