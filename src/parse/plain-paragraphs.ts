/**
 * Read prose that is nothing but plain paragraphs without running micromark over it.
 *
 *     Vermont chose seven presidential electors in the 1836 election.
 *     Harrison carried the state.               <- one paragraph of two lines
 *
 *     The Whig nominee took all seven votes.    <- a second paragraph
 *
 * Most of an article's prose is like this, and with the flat syntax (see
 * `remarkFlatSyntax`) markdown reads such text as paragraphs of literal text; building
 * them here gives the same nodes as remark-parse at a fraction of the cost. Any line that
 * could start another construct sends the whole run back to remark-parse.
 */
import type {Paragraph} from 'mdast'
import {pointAt, type LineIndex} from './source-lines.js'

/**
 * Characters that can start a block construct the flat syntax keeps, after up to three
 * spaces: ATX headings (`#`), HTML (`<`) and code fences (`` ` ``, `~`).
 */
const blockStarts: ReadonlySet<string> = new Set(['#', '<', '`', '~'])

/**
 * Characters that make a thematic break (`***`, `- - -`) or a setext underline (`===`,
 * `---`) when a line holds nothing else; with lists off, `- text` is text.
 */
const ruleMarks: ReadonlySet<string> = new Set(['*', '-', '_', '='])

/** Indent, in spaces, at which a line after a blank one is indented code. */
const codeIndent = 4

/** Characters micromark treats specially anywhere: it rewrites NUL and `\r` line endings. */
const rewritten = /[\0\r]/

/**
 * The paragraphs of `index.source` between offsets `start` and `end` (whole lines), as
 * remark-parse with the flat syntax builds them; null when a line could be anything else
 * (indented, ending in white space, starting with a block marker, or a rule of marks).
 */
export function plainParagraphs(index: LineIndex, start: number, end: number): Paragraph[] | null {
  const source = index.source
  if (rewritten.test(source.slice(start, end))) return null
  const paragraphs: Paragraph[] = []
  // The open paragraph: offset of its first character, its lines' texts, the end offset.
  let first = -1
  let last = -1
  let texts: string[] = []
  // Whether a line after the first was indented: markdown drops that indent from the text.
  let indented = false
  const flush = (): void => {
    if (first === -1) return
    const position = {start: pointAt(index, first), end: pointAt(index, last)}
    const value = indented ? texts.join('\n') : source.slice(first, last)
    paragraphs.push({type: 'paragraph', children: [{type: 'text', value, position}], position})
    first = -1
    texts = []
    indented = false
  }
  let lineStart = start
  while (lineStart <= end) {
    const newline = source.indexOf('\n', lineStart)
    const lineEnd = newline === -1 || newline > end ? end : newline
    let at = lineStart
    while (at < lineEnd && source.charAt(at) === ' ') at++
    if (isBlank(source, at, lineEnd)) flush()
    else {
      // A tab or a deep indent can make code; trailing white space can make a hard break.
      if (source.charAt(at) === '\t' || at - lineStart >= codeIndent) return null
      const mark = source.charAt(at)
      if (blockStarts.has(mark) || isSpaceOrTab(source.charAt(lineEnd - 1))) return null
      if (ruleMarks.has(mark) && isOnly(source, mark, at, lineEnd)) return null
      if (first === -1) first = at
      else if (at > lineStart) indented = true
      last = lineEnd
      texts.push(source.slice(at, lineEnd))
    }
    lineStart = lineEnd + 1
  }
  flush()
  return paragraphs
}

/** Whether `source` holds only `mark`, spaces and tabs from `start` to `end`. */
function isOnly(source: string, mark: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const character = source.charAt(at)
    if (character !== mark && !isSpaceOrTab(character)) return false
  }
  return true
}

/** Whether `source` holds only spaces and tabs from `start` to `end`. */
function isBlank(source: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isSpaceOrTab(source.charAt(at))) return false
  return true
}

function isSpaceOrTab(character: string): boolean {
  return character === ' ' || character === '\t'
}
