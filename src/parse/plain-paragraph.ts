/**
 * Building the paragraph markdown makes of plain lines, without running the parser.
 */
import type {Break, Paragraph, Text} from 'mdast'
import {pointAt, type LineIndex, type SourceLine} from './source-lines.js'

/** Fewest trailing spaces that make a hard line break (`a  ` then `b`). */
const hardBreakSpaces = 2

/** The white space markdown strips around a line of a paragraph. */
const space = ' '
const tab = '\t'

/**
 * The paragraph remark-parse (with the inline constructs off, see `remarkFlatSyntax`) makes
 * of `lines`, each a plain line (`isPlainLine`), with no blank line between them:
 *
 *     Some prose  
 *       on three
 *     lines.
 *
 * Each line's leading spaces and trailing white space are dropped from the text; two or
 * more trailing spaces (and no tab) before another line make a `break` node. The paragraph
 * starts at the first line's text and ends at the last line's end.
 *
 * Markdown keeps about 4 KiB of tokens per line of a paragraph until the end of the
 * document; this keeps only the nodes.
 */
export function plainParagraph(lines: readonly SourceLine[], index: LineIndex): Paragraph {
  const children: Array<Text | Break> = []
  let start: number | null = null
  let end = 0
  let texts: string[] = []
  const flushText = (): void => {
    if (start === null) return
    children.push({type: 'text', value: texts.join('\n'), position: {start: pointAt(index, start), end: pointAt(index, end)}})
    start = null
    texts = []
  }
  for (const [at, line] of lines.entries()) {
    const contentStart = line.start + leadingSpaceCount(line.text)
    const trailing = trailingWhiteSpace(line.text)
    const contentEnd = line.end - trailing.length
    start ??= contentStart
    end = contentEnd
    texts.push(index.source.slice(contentStart, contentEnd))
    const next = lines[at + 1]
    if (next && trailing.length >= hardBreakSpaces && !trailing.includes('\t')) {
      flushText()
      children.push({type: 'break', position: {start: pointAt(index, contentEnd), end: pointAt(index, next.start)}})
    }
  }
  flushText()
  const first = lines[0]
  const last = lines.at(-1)
  const position = first && last
    ? {start: pointAt(index, first.start + leadingSpaceCount(first.text)), end: pointAt(index, last.end)}
    : undefined
  return position ? {type: 'paragraph', children, position} : {type: 'paragraph', children}
}

/** How many spaces `text` starts with. */
function leadingSpaceCount(text: string): number {
  let count = 0
  while (text[count] === space) count++
  return count
}

/** The spaces and tabs `text` ends with (a loop: `/[ \t]*$/` retries at every space). */
function trailingWhiteSpace(text: string): string {
  let start = text.length
  while (start > 0 && (text[start - 1] === space || text[start - 1] === tab)) start--
  return text.slice(start)
}
