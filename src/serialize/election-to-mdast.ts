/**
 * Building the article tree of an election, in the nodes the parse stage produces.
 */
import type {Heading, Paragraph, Root, RootContent, Table, TableRow} from 'mdast'
import type {Election, ElectionTable} from '../model/election.js'
import type {InfoboxNode} from '../parse/mdast-wiki.js'
import {formatLongDate} from './format-long-date.js'
import {humanizeKey} from './humanize-key.js'

/** Infobox key the extractor reads the date from. */
const dateKey = 'election_date'

/** Label of the date line written when the infobox has no date. */
const dateLabel = 'Election date'

/** Fewest cells of a padded title row, so that it is not read as a one-column row. */
const minTitleRowCells = 2

/**
 * The article tree of `election`: the title as a depth-1 wiki heading, the infobox, an
 * `Election date:` line when the infobox gives no date, then each table under a depth-2
 * wiki heading for its section (tables of the lead first, with no heading), its caption in
 * `data.caption`, and its notes as a paragraph right after it.
 *
 * Values are used as they are; `articleProblems` says which ones the format cannot hold.
 */
export function electionToMdast(election: Election): Root {
  const children: RootContent[] = []
  if (election.title !== null) children.push(heading(1, election.title))
  if (election.infobox.length > 0) children.push(infobox(election))
  const hasDateEntry = election.infobox.some((entry) => entry.key === dateKey)
  if (election.date !== null && !hasDateEntry) {
    children.push(paragraph(`${dateLabel}: ${formatLongDate(election.date) ?? election.date}`))
  }
  let section: string | null = null
  for (const table of election.tables) {
    if (table.section !== null && table.section !== section) children.push(heading(2, table.section))
    section = table.section
    children.push(tableNode(table))
    if (table.notes.length > 0) children.push(paragraph(table.notes.join('\n')))
  }
  return {type: 'root', children}
}

/** A wiki heading. */
function heading(depth: Heading['depth'], text: string): Heading {
  return {type: 'heading', depth, data: {wiki: true}, children: [{type: 'text', value: text}]}
}

/** A paragraph of plain text. */
function paragraph(text: string): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value: text}]}
}

/** The infobox; an entry without a label gets one from its key. */
function infobox(election: Election): InfoboxNode {
  return {
    type: 'infobox',
    children: election.infobox.map((entry) => ({
      type: 'infoboxEntry',
      key: entry.label === '' ? humanizeKey(entry.key) : entry.label,
      value: entry.value
    }))
  }
}

/** A table: a padded title row first when the caption came from one, then header and body rows. */
function tableNode(table: ElectionTable): Table {
  const all = [...table.header, ...table.rows]
  // Not Math.max(...widths): spreading 100,000 rows as arguments overflows the stack.
  const width = all.reduce((widest, row) => Math.max(widest, row.length), 0)
  const rows: TableRow[] = all.map(tableRow)
  const node: Table = {type: 'table', children: rows}
  if (table.caption === null || table.captionKind === null) return node
  if (table.captionKind === 'row') {
    const padding = Array<string>(Math.max(width, minTitleRowCells) - 1).fill('')
    rows.unshift(tableRow([table.caption, ...padding]))
  }
  node.data = {caption: {value: table.caption, kind: table.captionKind, position: undefined}}
  return node
}

/** A row of text cells. */
function tableRow(cells: readonly string[]): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((cell) => ({type: 'tableCell', children: [{type: 'text', value: cell}]}))
  }
}
