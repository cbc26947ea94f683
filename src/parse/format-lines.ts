/**
 * Which lines of an article belong to the scraped format's constructs (headings, infobox,
 * tables, captions) rather than to prose.
 */
import {isInfoboxMarker, parseInfoboxLine} from './remark-infobox.js'
import {isTableRow} from './remark-loose-table.js'
import {parseCaptionLine} from './remark-table-caption.js'
import {parseWikiHeading} from './remark-wiki-heading.js'
import {trimmedRange, type LineIndex, type SourceLine} from './source-lines.js'
import {linesBetween} from './source-lines.js'
import {codes} from './codes.js'

/** A run of lines: prose for markdown, or format lines the plugins read themselves. */
export interface LineRun {
  /** Whether the lines are the format's constructs. */
  format: boolean
  /** Offset of the first line's start. */
  start: number
  /** Offset of the last line's end. */
  end: number
  /** 1-based line of the first line. */
  line: number
}

/** A fence that opens a code block (three backticks or tildes, indented less than four). */
const fence = /^ {0,3}(?:`{3,}|~{3,})/

/**
 * Split the whole text behind `index` into runs of prose and format lines. A format run is a
 * block of adjacent lines (a blank line ends it, as it ends a markdown block); a prose run
 * spans the blank lines between prose. Lines inside a fenced code block are prose, as
 * markdown reads them.
 */
export function formatLineRuns(index: LineIndex): LineRun[] {
  const runs: LineRun[] = []
  let inFence = false
  let inInfobox = false
  let lineNumber = 0
  for (const line of linesBetween(index, 0, index.source.length)) {
    lineNumber++
    const range = trimmedRange(line)
    if (range.start === range.end) {
      inInfobox = false
      continue
    }
    if (fence.test(line.text)) inFence = !inFence
    const format: boolean = !inFence && isFormatLine(line, inInfobox)
    inInfobox = format && (inInfobox || isInfoboxMarker(line)) && (isInfoboxMarker(line) || parseInfoboxLine(line) !== null)
    const last = runs.at(-1)
    const adjacent = last !== undefined && last.end + lineBreakLength(index, last.end) === line.start
    if (last && last.format === format && (adjacent || !format)) {
      last.end = line.end
      continue
    }
    runs.push({format, start: line.start, end: line.end, line: lineNumber})
  }
  return runs
}

function isFormatLine(line: SourceLine, inInfobox: boolean): boolean {
  return isTableRow(line) || isInfoboxMarker(line) || (inInfobox && parseInfoboxLine(line) !== null) ||
    parseWikiHeading(line) !== null || parseCaptionLine(line) !== null
}

function lineBreakLength(index: LineIndex, end: number): number {
  if (index.source.charCodeAt(end) === codes.carriageReturn && index.source.charCodeAt(end + 1) === codes.lineFeed) return 2
  return end < index.source.length ? 1 : 0
}
