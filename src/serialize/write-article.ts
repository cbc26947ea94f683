/**
 * Writing an election's title, infobox and raw tables as scraped article text.
 */
import type {Election, ElectionTable} from '../model/election.js'
import {formatLongDate} from './format-long-date.js'
import {humanizeKey} from './humanize-key.js'

/** Infobox key the extractor reads the date from. */
const dateKey = 'election_date'

/** Label of the date line written when the infobox has no date. */
const dateLabel = 'Election date'

/** The line that opens an infobox. */
const infoboxMarker = 'Infobox'

/** The closing marker of a caption line. */
const captionEnd = '**'

/** Indent of a caption line (`  - Caption**`). */
const captionIndent = '  '

/** Fewest cells of a padded title row, so that it is not read as a one-column row. */
const minTitleRowCells = 2

/** What goes between two blocks: a blank line. */
const blockGap = '\n\n'

/** A line ending at the end of the text (`...| a |\n`), after which no newline is added. */
const finalLineEnding = /[\n\r]$/

/**
 * The article of `election`: the title as a depth-1 wiki heading, the infobox, an
 * `Election date:` line when the infobox gives no date, then each table under a depth-2
 * wiki heading for its section (tables of the lead first, with no heading), its caption,
 * and its notes on the lines right after it. Blocks are separated by a blank line; the
 * text ends with a newline unless it is empty.
 *
 *     = 2004 Idaho Democratic caucuses =
 *
 *     Infobox
 *     - Country: Idaho
 *
 *     ==Results==
 *
 *     | Candidate | Votes |
 *     | Eva Moss | 1,300 |
 *
 * Written as text, line by line, rather than as an mdast tree given to
 * mdast-util-to-markdown: the format escapes nothing, and a node per cell (with the
 * matrices of strings the table handler builds) took hundreds of megabytes on a table of
 * 400,000 cells. Values are used as they are; `articleProblems` says which ones the format
 * cannot hold.
 */
export function writeArticle(election: Election): string {
  const blocks: string[] = []
  if (election.title !== null) blocks.push(`= ${election.title} =`)
  if (election.infobox.length > 0) blocks.push(infoboxText(election))
  const hasDateEntry = election.infobox.some((entry) => entry.key === dateKey)
  if (election.date !== null && !hasDateEntry) {
    blocks.push(`${dateLabel}: ${formatLongDate(election.date) ?? election.date}`)
  }
  let section: string | null = null
  for (const table of election.tables) {
    if (table.section !== null && table.section !== section) blocks.push(`==${table.section}==`)
    section = table.section
    // Notes are glued to the table above them: no blank line between.
    blocks.push(table.notes.length > 0 ? `${tableText(table)}\n${table.notes.join('\n')}` : tableText(table))
  }
  const text = blocks.join(blockGap)
  return text === '' || finalLineEnding.test(text) ? text : `${text}\n`
}

/** `Infobox`, then one `- Label: Value` line per entry (`- Label:` when the value is empty); an entry without a label gets one from its key. */
function infoboxText(election: Election): string {
  const lines = [infoboxMarker]
  for (const entry of election.infobox) {
    const label = entry.label === '' ? humanizeKey(entry.key) : entry.label
    lines.push(entry.value === '' ? `- ${label}:` : `- ${label}: ${entry.value}`)
  }
  return lines.join('\n')
}

/**
 * A table's lines: a caption line and a blank line, or a padded title row, when the caption
 * came from one; then one line per header and body row.
 */
function tableText(table: ElectionTable): string {
  const lines: string[] = []
  if (table.caption !== null && table.captionKind === 'row') {
    let width = 0
    for (const row of table.header) width = Math.max(width, row.length)
    for (const row of table.rows) width = Math.max(width, row.length)
    const padding = Array<string>(Math.max(width, minTitleRowCells) - 1).fill('')
    lines.push(rowText([table.caption, ...padding]))
  }
  for (const row of table.header) lines.push(rowText(row))
  for (const row of table.rows) lines.push(rowText(row))
  const rows = lines.join('\n')
  if (table.caption === null || table.captionKind !== 'line') return rows
  return `${captionIndent}- ${table.caption}${captionEnd}${blockGap}${rows}`
}

/** `| a | b |`, an empty cell as `| |` (`||` for a row of no cells). */
function rowText(cells: readonly string[]): string {
  if (cells.length === 0) return '||'
  let text = '|'
  for (const cell of cells) text += cell === '' ? ' |' : ` ${cell} |`
  return text
}
