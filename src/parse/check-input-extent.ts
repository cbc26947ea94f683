/**
 * Caps on how many lines and table cells one input may hold, so memory stays bounded.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'
import {defaultMaxSize} from './check-input-size.js'

/** The line ending that starts a new line (text is normalized to `\n` first). */
const lineFeed = '\n'

/** The character that separates table cells. */
const verticalBar = '|'

/**
 * Most lines and most `|` characters (an upper bound on table cells) in an input of the
 * default size, `defaultMaxSize`.
 *
 * A table cell stays in memory at about 170 bytes and a heading line at about 1 KiB
 * (249,000 headings: 0.7 s, 300 MiB); a million lines of markdown prose took 25 s before
 * plain paragraphs skipped the parser. A 100,000-row table or infobox still reads under
 * these caps. Real articles hold a few thousand lines.
 */
export const inputExtentLimits = {lines: 250_000, pipes: 1_000_000} as const

/** The caps on lines and `|` characters of one input. */
export interface InputExtentLimits {
  /** Most lines. */
  lines: number
  /** Most `|` characters. */
  pipes: number
}

/**
 * The caps for inputs of at most `maxSize` bytes: {@link inputExtentLimits} at the default
 * size or below, and in proportion above it, so that an explicit larger `maxSize` (16 MiB)
 * reads as many lines per byte as the default does (500,000 lines).
 */
export function inputExtentLimitsFor(maxSize: number): InputExtentLimits {
  const scale = Math.max(1, maxSize / defaultMaxSize)
  return {lines: Math.floor(inputExtentLimits.lines * scale), pipes: Math.floor(inputExtentLimits.pipes * scale)}
}

/**
 * Whether `text` (with `\n` line endings) is within the caps for inputs of at most `maxSize`
 * bytes ({@link inputExtentLimitsFor}); when it is not, an `input-too-large` error is added to
 * `file` and it should not be parsed.
 */
export function checkInputExtent(file: VFile, text: string, maxSize: number = defaultMaxSize): boolean {
  const limits = inputExtentLimitsFor(maxSize)
  let lines = 1
  let pipes = 0
  // An index loop: iterating code points takes four times as long on 8 MiB.
  for (let at = 0; at < text.length; at++) {
    const character = text[at]
    if (character === lineFeed) lines++
    else if (character === verticalBar) pipes++
  }
  if (lines > limits.lines) {
    report(file, `Expected an input of at most \`${limits.lines}\` lines, got \`${lines}\` lines`, undefined, 'input-too-large')
    return false
  }
  if (pipes > limits.pipes) {
    report(file, `Expected an input of at most \`${limits.pipes}\` table cells (\`|\`), got \`${pipes}\``, undefined, 'input-too-large')
    return false
  }
  return true
}
