/**
 * Plugin that attaches caption lines to the table that follows them.
 *
 *       - style="background-color:#f2f2f2;..." |2004 North Carolina Democratic presidential caucuses**
 *       - 2004 Oklahoma Democratic presidential primary[1]**
 *
 * A caption line with no table after it stays a paragraph, so nothing is lost.
 */
import type {Paragraph, Root, RootContent} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {TableCaption} from './mdast-wiki.js'
import {lineIndexOf} from './line-index-of.js'
import {positionOf, trimmedRange, type SourceLine} from './source-lines.js'
import {splitByLines, textParagraphs} from './split-by-lines.js'
import {codes} from './codes.js'

/** The closing marker of a caption line. */
const captionEnd = '**'

declare module 'mdast' {
  interface ParagraphData {
    /** Set on a caption line until it is attached to its table. */
    tableCaption?: TableCaption
  }
}

/**
 * Offsets of the caption text on `line`, or null when it is not a caption line: a `- ` item
 * ending in `**`. A leading `style="..." |` attribute part is skipped.
 */
export function parseCaptionLine(line: SourceLine): {start: number; end: number} | null {
  const range = trimmedRange(line)
  const text = line.text
  const at = range.start - line.start
  const stop = range.end - line.start
  if (stop - at < 2 + captionEnd.length + 1) return null
  if (text.charCodeAt(at) !== codes.dash || text.charCodeAt(at + 1) !== codes.space) return null
  if (!text.endsWith(captionEnd, stop)) return null
  let start = at + 2
  const end = stop - captionEnd.length
  // Scraped wikitext keeps the cell attributes before a pipe: `style="..." |Caption`.
  if (text.startsWith('style=', start)) {
    const pipe = text.indexOf('|', start)
    if (pipe !== -1 && pipe < end) start = pipe + 1
  }
  while (start < end && text.charCodeAt(start) === codes.space) start++
  if (start >= end) return null
  return {start: line.start + start, end: line.start + end}
}

/** Attach caption lines to the table right after them (`table.data.caption`, kind `line`). */
export function remarkTableCaption(this: Processor) {
  const data = this.data()
  return function (tree: Root, file: VFile): void {
    const index = lineIndexOf(tree, file, data)
    splitByLines(tree, index, (line) => parseCaptionLine(line) !== null, (run) =>
      run.lines.map((line): Paragraph => {
        const [paragraph] = textParagraphs([line], index)
        const range = parseCaptionLine(line)
        if (!paragraph || !range) throw new Error('Unexpected line that is not a caption')
        const value = index.source.slice(range.start, range.end)
        paragraph.data = {tableCaption: {value, kind: 'line', position: positionOf(index, range.start, range.end)}}
        return paragraph
      }),
      captionEnd
    )
    const children: RootContent[] = []
    for (const [at, child] of tree.children.entries()) {
      const caption = child.type === 'paragraph' ? child.data?.tableCaption : undefined
      const next = tree.children[at + 1]
      if (caption && next?.type === 'table' && next.data?.caption?.kind !== 'line') {
        next.data = {...next.data, caption}
        continue
      }
      if (caption && child.type === 'paragraph') delete child.data
      children.push(child)
    }
    tree.children = children
  }
}

