/**
 * Re-read root nodes line by line: the scraped format's constructs are whole lines that
 * remark-parse folds into paragraphs and lists.
 */
import type {Paragraph, Root, RootContent} from 'mdast'
import {linesBetween, positionOf, trimmedRange, type LineIndex, type SourceLine} from './source-lines.js'

/** Consecutive lines that one classifier recognized. */
export interface LineRun {
  /** The lines, in order. */
  lines: SourceLine[]
}

/** Node types whose text is never re-read: code, raw HTML, and the nodes our plugins made. */
const opaqueTypes: ReadonlySet<string> = new Set(['code', 'html', 'infobox', 'table'])

/** The whole source lines under `node`, or an empty list when it has no offsets. */
export function linesOf(node: RootContent, index: LineIndex): SourceLine[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || opaqueTypes.has(node.type)) return []
  return linesBetween(index, start, end)
}

/** Whether the source of `node` holds `mark` (true without offsets: its lines decide). */
export function holds(node: RootContent, index: LineIndex, mark: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined || index.source.slice(start, end).includes(mark)
}

/** Whether `line` holds nothing but white space. */
export function isBlank(line: SourceLine): boolean {
  const range = trimmedRange(line)
  return range.start === range.end
}

/**
 * Replace every root child that has a line `recognize` accepts: runs of accepted lines become
 * what `build` makes of them, the other non-blank runs plain paragraphs sliced from the source.
 * Children without such lines are kept as they are.
 *
 * `mark` is text that every accepted line holds (`|` for a table row): a child whose source
 * lacks it is kept without splitting it into lines, which most prose is.
 */
export function splitByLines(
  tree: Root,
  index: LineIndex,
  recognize: (line: SourceLine) => boolean,
  build: (run: LineRun) => RootContent[],
  mark = ''
): void {
  const children: RootContent[] = []
  for (const child of tree.children) {
    if (!holds(child, index, mark)) {
      children.push(child)
      continue
    }
    const lines = linesOf(child, index)
    if (!lines.some(recognize)) {
      children.push(child)
      continue
    }
    let run: SourceLine[] = []
    let runAccepted = false
    const flush = (): void => {
      if (run.length === 0) return
      // A loop, not push(...nodes): spreading 100,000 nodes as arguments overflows the stack.
      for (const node of runAccepted ? build({lines: run}) : textParagraphs(run, index)) children.push(node)
      run = []
    }
    for (const line of lines) {
      const accepted = recognize(line)
      if (accepted !== runAccepted) flush()
      runAccepted = accepted
      run.push(line)
    }
    flush()
  }
  tree.children = children
}

/**
 * Plain paragraphs of the non-blank stretches of `lines`, their text sliced from the source.
 */
export function textParagraphs(lines: readonly SourceLine[], index: LineIndex): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let stretch: SourceLine[] = []
  const flush = (): void => {
    const first = stretch[0]
    const last = stretch.at(-1)
    stretch = []
    if (!first || !last) return
    const start = trimmedRange(first).start
    const end = trimmedRange(last).end
    const position = positionOf(index, start, end)
    paragraphs.push({
      type: 'paragraph',
      children: [{type: 'text', value: index.source.slice(start, end), position}],
      position
    })
  }
  for (const line of lines) {
    if (isBlank(line)) flush()
    else stretch.push(line)
  }
  flush()
  return paragraphs
}
