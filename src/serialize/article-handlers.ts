/**
 * mdast-util-to-markdown handlers that write the scraped article format.
 *
 * The format is not markdown: nothing is escaped, tables have no `|---|` row, headings are
 * wiki headings. Every handler writes its node's text as it is; `articleProblems` has
 * already refused text the format cannot hold.
 */
import type {Heading, Nodes, Paragraph, Table, TableRow} from 'mdast'
import type {Join, Options} from 'mdast-util-to-markdown'
import {toString} from 'mdast-util-to-string'
import type {InfoboxNode} from '../parse/mdast-wiki.js'

/** The line that opens an infobox. */
const infoboxMarker = 'Infobox'

/** The closing marker of a caption line. */
const captionEnd = '**'

/** Indent of a caption line (`  - Caption**`). */
const captionIndent = '  '

/** `= Title =` for depth 1, `==Section==` below. */
function heading(node: Heading): string {
  const text = toString(node)
  if (node.depth === 1) return `= ${text} =`
  const marker = '='.repeat(node.depth)
  return marker + text + marker
}

/** The text of a paragraph, lines and all. */
function paragraph(node: Paragraph): string {
  return toString(node)
}

/** `Infobox`, then one `- Label: Value` line per entry (`- Label:` when the value is empty). */
function infobox(node: InfoboxNode): string {
  const lines = node.children.map((entry) =>
    entry.value === '' ? `- ${entry.key}:` : `- ${entry.key}: ${entry.value}`
  )
  return [infoboxMarker, ...lines].join('\n')
}

/** A caption line and a blank line when the caption came from one, then one line per row. */
function table(node: Table): string {
  const rows = node.children.map(row).join('\n')
  const caption = node.data?.caption
  if (caption?.kind !== 'line') return rows
  return `${captionIndent}- ${caption.value}${captionEnd}\n\n${rows}`
}

/** `| a | b |`, an empty cell as `| |`. */
function row(node: TableRow): string {
  const cells = node.children.map((cell) => {
    const text = toString(cell)
    return text === '' ? ' ' : ` ${text} `
  })
  return `|${cells.join('|')}|`
}

/** Glue notes to the table above them: no blank line between. */
const glueNotes: Join = (left: Nodes, right: Nodes) =>
  left.type === 'table' && right.type === 'paragraph' ? 0 : undefined

/** Options for `toMarkdown` from mdast-util-to-markdown that write the article format. */
export const articleOptions: Options = {
  handlers: {heading, paragraph, infobox, table},
  join: [glueNotes]
}
