/**
 * The ways a scraped row's cells can sit under a table's columns when a cell spanned several
 * columns on the page: the scraper wrote it once, moved the cells after it left and padded the
 * row at the end.
 */
import {cellKind, type CellKind} from './cell-kind.js'
import {isNoValue} from './parse-count.js'
import type {CellText} from './read-row.js'
import {fitScore, type TableColumn} from './table-columns.js'

/** One way to place a row's cells under the columns. */
export interface Placement {
  /** Index (in the row as written) of the cell that spanned, or -1 when none did. */
  spanAt: number
  /** Columns the spanning cell covered besides its own. */
  shift: number
  /** What spanned: nothing, a no-value marker (`N/A`), the row's label, or another cell. */
  spanning: 'none' | 'no-value' | 'label' | 'other'
  /**
   * One entry per column; null where the row has nothing. The row's own cells when they all
   * sit where they are written, one under each column (most rows of a long table).
   */
  cells: readonly (CellText | null)[]
  /** Figures under a column they do not fit, or past the last column. */
  misfits: number
  /** How well the cells fit their columns' kinds, summed (see `fitScore`). */
  fit: number
}

/** How many empty cells end `row`. */
export function trailingEmpty(row: readonly CellText[]): number {
  let count = 0
  for (let index = row.length - 1; index >= 0 && row[index]?.text === ''; index--) count++
  return count
}

/** Fit of a cell whose shape its column's other cells contradict. */
const outOfPlace = -2

/** Most spanning cells tried per row; real rows have a handful of cells. */
const maxSpanning = 24

/**
 * Most columns a spanning cell is tried over besides its own: real labels span up to four.
 * One junk row of a hundred cells made every other row try ninety shifts, each as wide.
 */
const maxShift = 10

/**
 * Every placement of `texts` under `columns`: as written, then, for each cell from the label
 * on and each width it may have spanned (up to the empty cells that pad the row), the cells
 * after it moved right. A label that is not text (a figure in the first column) never spans.
 * `kinds`, the dominant kind of each column's cells, tells a whole number from a share.
 */
export function rowPlacements(texts: readonly CellText[], labelAt: number, columns: readonly TableColumn[], kinds: readonly CellKind[] = []): Placement[] {
  const placed = texts.length > columns.length ? texts.slice(0, columns.length) : texts
  const room = Math.min(maxShift, trailingEmpty(placed) + Math.max(0, columns.length - placed.length))
  const found = [place(placed, labelAt, -1, 0, columns, kinds)]
  if (labelAt < 0 || room === 0) return found
  const last = placed.length - 1 - trailingEmpty(placed)
  const label = placed[labelAt]
  const labelSpans = (label ? label.kind : cellKind('')) === 'text'
  for (let spanAt = labelAt; spanAt < last && spanAt - labelAt < maxSpanning; spanAt++) {
    if (spanAt === labelAt && !labelSpans) continue
    // An empty cell spans nothing: the cell before it did, and that placement is tried.
    if (placed[spanAt]?.text === '') continue
    for (let shift = 1; shift <= room; shift++) found.push(place(placed, labelAt, spanAt, shift, columns, kinds))
  }
  return found
}

/**
 * One placement. A row is placed up to a few dozen ways, each read by `readRow` and again
 * by `placeByEvidence`, so this reads the kind each cell carries and loops by index: the
 * first articles of a batch run before the engine optimizes anything.
 */
function place(texts: readonly CellText[], labelAt: number, spanAt: number, shift: number, columns: readonly TableColumn[], kinds: readonly CellKind[]): Placement {
  const cells = new Array<CellText | null>(columns.length).fill(null)
  let misfits = 0
  let fit = 0
  for (let index = 0; index < texts.length; index++) {
    const cell = texts[index] as CellText
    if (cell.text === '') continue
    const target = spanAt !== -1 && index > spanAt ? index + shift : index
    const column = columns[target]
    if (index <= labelAt) {
      if (column) cells[target] = cell
      continue
    }
    if (!column) {
      misfits++
      continue
    }
    cells[target] = cell
    const kind = cell.kind
    // A whole number under a column of shares written with `%` is out of place.
    const score = kind === 'count' && kinds[target] === 'percent' ? outOfPlace : fitScore(column.role, kind)
    if (score < 0) misfits++
    fit += score
  }
  // A name left out of the name column fits worse than a name under it.
  for (let at = 0; at < columns.length; at++) {
    if (columns[at]?.role === 'candidate' && cells[at] === null) fit -= 1
  }
  const spanText = texts[spanAt]?.text ?? ''
  const spanning = spanAt === -1 ? 'none' : isNoValue(spanText) ? 'no-value' : spanAt === labelAt ? 'label' : 'other'
  return {spanAt, shift, cells: sameCells(cells, texts) ? texts : cells, misfits, fit, spanning}
}

/** Whether `cells` holds `texts`, each at its own index (so no cell of `texts` is empty). */
function sameCells(cells: readonly (CellText | null)[], texts: readonly CellText[]): boolean {
  if (cells.length !== texts.length) return false
  for (let index = 0; index < cells.length; index++) if (cells[index] !== texts[index]) return false
  return true
}
