/**
 * Lines of the source text with offsets, and offset-to-point conversion.
 *
 * Plugins slice exact text from the source by offsets: inline parsing may have eaten `*`,
 * `_` or `\`.
 */
import type {Point, Position} from 'unist'
import {codes} from './codes.js'

/** A line of the source without its line ending. */
export interface SourceLine {
  /** The line's text. */
  text: string
  /** Offset of its first character. */
  start: number
  /** Offset just past its last character (before the line ending). */
  end: number
}

/** Offsets where each line starts, to turn offsets into points. */
export interface LineIndex {
  /** The whole source. */
  source: string
  /** `starts[i]` is the offset of line `i + 1`. */
  starts: number[]
}

/** Build the line index of `source`; `\r\n`, `\r` and `\n` end a line. */
export function createLineIndex(source: string): LineIndex {
  const starts = [0]
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === codes.lineFeed) starts.push(index + 1)
    else if (code === codes.carriageReturn) {
      if (source.charCodeAt(index + 1) === codes.lineFeed) index++
      starts.push(index + 1)
    }
  }
  return {source, starts}
}

/** The point (1-based line and column, 0-based offset) of `offset`. */
export function pointAt(index: LineIndex, offset: number): Point {
  const {starts} = index
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset}
}

/** The position spanning `start` to `end` offsets. */
export function positionOf(index: LineIndex, start: number, end: number): Position {
  return {start: pointAt(index, start), end: pointAt(index, end)}
}

/**
 * The whole lines covering offsets `start` to `end`.
 */
export function linesBetween(index: LineIndex, start: number, end: number): SourceLine[] {
  const first = pointAt(index, start).line - 1
  const last = pointAt(index, Math.max(start, end - 1)).line - 1
  const lines: SourceLine[] = []
  for (let line = first; line <= last; line++) {
    const lineStart = index.starts[line] ?? 0
    const next = index.starts[line + 1]
    let lineEnd = next === undefined ? index.source.length : next
    // Strip the line ending (`\n`, `\r\n` or `\r`).
    if (next !== undefined && index.source.charCodeAt(lineEnd - 1) === codes.lineFeed) lineEnd--
    if (next !== undefined && index.source.charCodeAt(lineEnd - 1) === codes.carriageReturn) lineEnd--
    lines.push({text: index.source.slice(lineStart, lineEnd), start: lineStart, end: lineEnd})
  }
  return lines
}

/** Offsets of `line`'s text with surrounding white space removed. */
export function trimmedRange(line: SourceLine): {start: number; end: number} {
  let start = 0
  let end = line.text.length
  while (start < end && isSpace(line.text.charCodeAt(start))) start++
  while (end > start && isSpace(line.text.charCodeAt(end - 1))) end--
  return {start: line.start + start, end: line.start + end}
}

/** Whether `code` is a space, tab or no-break space. */
export function isSpace(code: number): boolean {
  return code === codes.space || code === codes.horizontalTab || code === codes.noBreakSpace
}
