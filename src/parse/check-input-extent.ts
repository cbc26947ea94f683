/**
 * Caps on how many lines and table cells one input may hold, so memory stays bounded.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'

/**
 * Most lines and most `|` characters (an upper bound on table cells) in one input.
 *
 * remark-parse takes about 30 microseconds per line of a paragraph, and each table cell or
 * heading line stays in memory at about 600 bytes: a million lines took 25 s, a million
 * headings 900 MiB. Under these caps the worst input within 8 MiB takes about 10 s and
 * 600 MiB; a 100,000-row table or infobox still reads. Real articles hold a few thousand.
 */
export const inputExtentLimits = {lines: 250_000, pipes: 1_000_000} as const

/**
 * Whether `text` (with `\n` line endings) is within {@link inputExtentLimits}; when it is not,
 * an `input-too-large` error is added to `file` and it should not be parsed.
 */
export function checkInputExtent(file: VFile, text: string): boolean {
  let lines = 1
  let pipes = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10) lines++
    else if (code === 124) pipes++
  }
  if (lines > inputExtentLimits.lines) {
    report(file, `Expected an input of at most \`${inputExtentLimits.lines}\` lines, got \`${lines}\` lines`, undefined, 'input-too-large')
    return false
  }
  if (pipes > inputExtentLimits.pipes) {
    report(file, `Expected an input of at most \`${inputExtentLimits.pipes}\` table cells (\`|\`), got \`${pipes}\``, undefined, 'input-too-large')
    return false
  }
  return true
}
