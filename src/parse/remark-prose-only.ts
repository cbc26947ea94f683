/**
 * Plugin that hands markdown only the prose of an article.
 *
 *     = Title =                    <- read by the plugins, not by markdown
 *     Some prose with *stars*.     <- parsed as markdown
 *     | Candidate | Votes |        <- read by the plugins
 *
 * The plugins re-read headings, infobox and table lines from the source anyway, and those
 * lines are most of an article's bytes; parsing them as markdown first only costs time. Each
 * run of such lines becomes an empty paragraph spanning them, for the plugins to replace.
 * Paragraphs of plain lines are built without markdown too (`proseStretches`), as markdown
 * holds kilobytes of tokens per line of a paragraph.
 * Use it after remark-parse, before the plugins.
 */
import type {Paragraph, Root, RootContent} from 'mdast'
import type {Processor} from 'unified'
import type {Node, Point} from 'unist'
import type {VFile} from 'vfile'
import {formatLineRuns} from './format-lines.js'
import {lineIndexOf} from './line-index-of.js'
import {plainParagraph} from './plain-paragraph.js'
import {proseStretches} from './prose-stretches.js'
import {createLineIndex, linesBetween, pointAt, type LineIndex} from './source-lines.js'

/** The parser remark-parse installed: markdown text to mdast. */
type MarkdownParser = (document: string, file: VFile) => Node

/**
 * Wrap the processor's markdown parser so that it parses prose runs only.
 *
 * The parser also remembers each tree's text in the processor's data, so the plugins can read
 * lines when the tree is run without its file (`processor.runSync(processor.parse(text))`).
 */
export function remarkProseOnly(this: Processor): void {
  const markdown = this.parser as MarkdownParser | undefined
  if (!markdown) throw new Error('Expected remark-parse to be used before remarkProseOnly')
  const indexes = new WeakMap<Root, LineIndex>()
  this.data('wikitallyLineIndexes', indexes)
  this.parser = (document: string, file: VFile): Root => {
    // The file's index, unless the file holds no text (`new VFile()` parses as ``).
    const index = String(file.value) === document ? lineIndexOf({type: 'root', children: []}, file) : createLineIndex(document)
    const children: RootContent[] = []
    for (const run of formatLineRuns(index)) {
      const position = {start: pointAt(index, run.start), end: pointAt(index, run.end)}
      if (run.format) {
        children.push({type: 'paragraph', children: [], position} satisfies Paragraph)
        continue
      }
      for (const stretch of proseStretches(linesBetween(index, run.start, run.end))) {
        const first = stretch.lines[0]
        const last = stretch.lines.at(-1)
        if (!first || !last) continue
        if (stretch.plain) {
          children.push(plainParagraph(stretch.lines, index))
          continue
        }
        const tree = markdown(document.slice(first.start, last.end), file) as Root
        const line = pointAt(index, first.start).line
        for (const child of tree.children) {
          shift(child, first.start, line - 1)
          children.push(child)
        }
      }
    }
    const root: Root = {
      type: 'root',
      children,
      position: {start: pointAt(index, 0), end: pointAt(index, document.length)}
    }
    indexes.set(root, index)
    return root
  }
}

/** Move `node` and its descendants from a run's own lines and offsets to the article's. */
function shift(node: Node, offset: number, lines: number): void {
  if (node.position) {
    node.position = {start: move(node.position.start, offset, lines), end: move(node.position.end, offset, lines)}
  }
  const children = (node as Node & {children?: Node[]}).children
  if (children) for (const child of children) shift(child, offset, lines)
}

function move(point: Point, offset: number, lines: number): Point {
  return {line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset}
}
