/**
 * Gather the legends that explain the marks of a results table.
 */
import type {SourcePosition} from '../model/election.js'
import type {ArticleTable, ArticleText} from './article-parts.js'
import {readLegend, type Legend} from './read-legend.js'
import {isKeyRow, rowTexts, type ReadTable} from './read-table.js'
import {toSourcePosition} from './to-source-position.js'

/** The legends of a table and where the first one stands. */
export interface TableLegends {
  /** Legends in the order found: key rows, lines glued under the table, lines of its section. */
  legends: Legend[]
  /** Where the first legend is (the table when it sits in the table's own lines). */
  place: SourcePosition | null
  /** Legend lines read from outside the lines glued under the table (key rows, the section), as written. */
  lines: string[]
}

/** A line of prose that opens a legend without a mark: a list item or a `Key:` line. */
const unmarkedLead = /^\s*(?:[-+•]\s|key\s*:)/i

/**
 * Read the legends of `table`: its key rows (`| Key: | † Dropped out |`), the key tables of its
 * section that stand apart from it (a table of key rows only), the lines glued under it, and,
 * in its section, lines that start with a mark, a list marker or `Key:`.
 */
export function tableLegends(table: ArticleTable, read: ReadTable, texts: readonly ArticleText[], tables: readonly ArticleTable[] = []): TableLegends {
  const legends: Legend[] = []
  const lines: string[] = []
  let place: SourcePosition | null = null
  const tablePlace = toSourcePosition(table.node.position)
  const add = (line: string, at: SourcePosition | null) => {
    const legend = readLegend(line)
    if (!legend) return
    legends.push(legend)
    place ??= at
  }
  for (const cell of read.legend) {
    if (readLegend(cell.text)) lines.push(`Key: ${cell.text.trim()}`)
    add(cell.text, toSourcePosition(cell.position))
  }
  for (const other of tables) {
    if (other === table || other.section !== table.section) continue
    // Stops at the first row that is not a key row: a results table costs one row.
    if (!other.node.children.every((row) => isKeyRow(rowTexts(row)))) continue
    const rows = other.node.children.map(rowTexts)
    // The key table is kept as a table of its own: its cells are not copied into notes.
    for (const cell of rows.flatMap((row) => row.slice(row.findIndex((filled) => filled.text !== '') + 1))) add(cell.text, toSourcePosition(cell.position))
  }
  for (const line of table.notes) add(line, tablePlace)
  for (const text of texts) {
    if (text.section !== table.section) continue
    for (const line of text.text.split(/\r\n|\r|\n/)) {
      if (table.notes.includes(line)) continue
      const legend = readLegend(line)
      if (!legend || (legend.mark === null && !unmarkedLead.test(line))) continue
      lines.push(line)
      add(line, toSourcePosition(text.position))
    }
  }
  return {legends, place, lines}
}
