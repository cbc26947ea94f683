/**
 * Read one body row of a scraped table: what kind of row it is, and which column each of its
 * cells belongs under, realigning the figures when a label spanned several columns.
 */
import type {TableRow} from 'mdast'
import type {Position} from 'unist'
import {cellKind, type CellKind} from './cell-kind.js'
import {stripFootnotes} from './strip-footnotes.js'
import {rowPlacements, type Placement} from './row-placements.js'
import type {TableColumn} from './table-columns.js'

export {trailingEmpty} from './row-placements.js'

/** A cell's exact text and where it is. */
export interface CellText {
  /** Text as written. */
  text: string
  /** Where the text is; undefined for an empty cell. */
  position: Position | undefined
  /** The shape of the text (`cellKind`), read once per cell. */
  kind: CellKind
}

/**
 * The text of every empty cell: no message points at a blank cell, and a table may hold a
 * million of them, so they share one text without a place.
 */
export const emptyCellText: CellText = Object.freeze({text: '', position: undefined, kind: cellKind('')})

/** What a body row is. */
export type RowKind = 'result' | 'total' | 'subtotal' | 'footer' | 'note'

/** A body row, its cells placed under the columns they belong to. */
export interface ReadRow {
  /** Result, Total row, footer (turnout, source) or a note spanning the table. */
  kind: RowKind
  /** One entry per column; null where the row has nothing (may be `texts` itself, see `Placement`). */
  cells: readonly (CellText | null)[]
  /** The cells as written. */
  texts: readonly CellText[]
  /** The first non-empty cell, which may span several columns. */
  label: CellText | null
  /** Columns the spanning cell covers besides its own (the cells after it were shifted left by this). */
  shift: number
  /** Index, in `texts`, of the cell that spanned, or -1. */
  spanAt: number
  /** Column of the label. */
  labelColumn: number
  /** Figures that fit no column even after realignment. */
  misfits: number
  /** Figures left out because the table's evidence allowed several placements. */
  unplaced: number
  /** Whether the copy lost the row's name cell (`lostNameCell`); an empty cell stands in for it in `texts`. */
  nameLost: boolean
  /** The mdast row. */
  node: TableRow
}

/** Labels of Total rows: `Total`, `Totals`, `Total votes`, `Total:`, `Total valid votes`. */
const totalLabel = /^totals?\b/i
/**
 * Labels of footer rows that are not results: turnout, sources, majority, `Republican hold`,
 * an election box's `Democratic gain from Republican`, and a national-style table's
 * `Needed to win` (the electoral votes a majority takes).
 */
const footerLabel = /^(?:voter turnout|turnout|registered voters|eligible voters|sources?|notes?|blank|invalid|spoilt|spoiled|rejected|valid votes|majority|plurality|margin|ref\.|references?)\b|\b(?:hold|gain)$|\bgain from\b|\bneeded to win\b/i

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

/** Index of the first non-empty cell of `texts`, the row's label, or -1. */
export function labelIndex(texts: readonly CellText[]): number {
  return texts.findIndex((cell) => cell.text !== '')
}

/**
 * Read a body row: its kind (result, total, footer, note), its cells placed under
 * `columns`, and the realignment of figures that a spanning label shifted left.
 * `placements` are the row's `rowPlacements` when the caller has them already.
 */
export function readRow(
  texts: readonly CellText[],
  node: TableRow,
  columns: readonly TableColumn[],
  kinds: readonly CellKind[] = [],
  placements?: readonly Placement[],
  nameLost = false
): ReadRow {
  const width = columns.length
  const labelAt = labelIndex(texts)
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
  const extra = texts.slice(width).filter((cell) => cell.text !== '').length
  const found = placements ?? rowPlacements(texts, labelAt, columns, kinds)
  // A note spans the table: its cell stays where it is written and fits no column.
  const asWritten = {...(found[0] as Placement), misfits: 0}
  const best = kind === 'note' ? asWritten : bestByShape(found, labelText, columns) ?? asWritten
  return {
    kind, cells: best.cells, texts, label, shift: best.shift, spanAt: best.spanAt, labelColumn: labelAt,
    misfits: best.misfits + extra, unplaced: 0, nameLost, node
  }
}

/**
 * The placement that fits the columns best: fewest misfits, then the smallest shift, then the
 * best fit, then the likeliest spanning cell; a label naming delegates (`Unprojected delegates`) prefers to put its first
 * figure under a delegates column.
 */
export function bestByShape(placements: readonly Placement[], label: string, columns: readonly TableColumn[]): Placement | undefined {
  const wantsDelegates = /delegate/i.test(label)
  const delegatesFirst = (placement: Placement) => {
    const first = placement.cells.findIndex((cell, index) => index > 0 && cell !== null && cell.kind !== 'text')
    const role = columns[first]?.role
    return wantsDelegates && (role === 'delegates' || role === 'bound' || role === 'pledged') ? 1 : 0
  }
  let best: Placement | undefined
  for (const placement of placements) {
    if (!best || compareShape(placement, best, delegatesFirst) < 0) best = placement
  }
  return best
}

/** Which spanning cells are likeliest, first to last: `N/A` over figures, then a label. */
const spanningRank = {'none': 0, 'no-value': 1, 'label': 2, 'other': 3} as const

/** Negative when `left` fits better than `right`. */
export function compareShape(left: Placement, right: Placement, bonus: (placement: Placement) => number = () => 0): number {
  return left.misfits - right.misfits || bonus(right) - bonus(left) || left.shift - right.shift || right.fit - left.fit ||
    spanningRank[left.spanning] - spanningRank[right.spanning]
}
