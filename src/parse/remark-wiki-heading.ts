/**
 * Plugin that turns wiki headings into mdast headings.
 *
 *     = 2004 North Carolina Democratic presidential caucuses =
 *     ==Results==
 *     == Results by county ==
 */
import type {Heading, Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {positionOf, trimmedRange, type LineIndex, type SourceLine} from './source-lines.js'
import {splitByLines} from './split-by-lines.js'
import {lineIndexOf} from './line-index-of.js'
import {codes} from './codes.js'

/** The character around a heading's text. */
const headingMark = '='

/** Deepest heading level. */
const maxDepth = 6

/** A wiki heading read off a line. */
export interface WikiHeading {
  /** Level: the number of `=` on the shorter side, 1 to 6. */
  depth: 1 | 2 | 3 | 4 | 5 | 6
  /** Offset where the heading text starts. */
  start: number
  /** Offset where the heading text ends. */
  end: number
}

/**
 * Read a wiki heading off `line`, or null when it is not one: `=` runs on both sides of
 * non-empty text. With unbalanced runs the shorter one sets the level and the rest is text.
 */
export function parseWikiHeading(line: SourceLine): WikiHeading | null {
  const range = trimmedRange(line)
  const text = line.text
  let open = range.start - line.start
  let close = range.end - line.start
  let before = 0
  while (open + before < close && text.charAt(open + before) === headingMark) before++
  if (before === 0 || before === close - open) return null
  let after = 0
  while (close - after > open + before && text.charAt(close - after - 1) === headingMark) after++
  const depth = Math.min(before, after)
  if (depth === 0 || depth > maxDepth) return null
  open += depth
  close -= depth
  while (open < close && isBlankCode(text.charCodeAt(open))) open++
  while (close > open && isBlankCode(text.charCodeAt(close - 1))) close--
  if (open === close) return null
  return {depth: depth as WikiHeading['depth'], start: line.start + open, end: line.start + close}
}

/** Turn `= Title =` and `==Heading==` lines into `heading` nodes (depth 1 to 6). */
export function remarkWikiHeading(this: Processor) {
  const data = this.data()
  return function (tree: Root, file: VFile): void {
    const index = lineIndexOf(tree, file, data)
    splitByLines(tree, index, (line) => parseWikiHeading(line) !== null, (run) =>
      run.lines.map((line) => toHeading(line, index)), headingMark
    )
  }
}

function toHeading(line: SourceLine, index: LineIndex): Heading {
  const heading = parseWikiHeading(line)
  if (!heading) throw new Error('Unexpected line that is not a heading')
  const range = trimmedRange(line)
  return {
    type: 'heading',
    depth: heading.depth,
    children: [
      {
        type: 'text',
        value: index.source.slice(heading.start, heading.end),
        position: positionOf(index, heading.start, heading.end)
      }
    ],
    position: positionOf(index, range.start, range.end),
    data: {wiki: true}
  }
}

function isBlankCode(code: number): boolean {
  return code === codes.space || code === codes.horizontalTab
}
