/**
 * The line a batch ends with on standard error.
 */
import {groupThousands} from '../terminal/group-thousands.js'
import type {BatchTally} from './batch-tally.js'
import {formatDuration} from '../terminal/format-duration.js'

/**
 * `wikitally convert: 400 articles, 12 failed, 2,310 rows, 87 warnings in 3.4 s (118/s)`,
 * with a final newline.
 */
export function formatSummary(tally: BatchTally): string {
  const rate = tally.elapsed > 0 ? ` (${Math.round((tally.done / tally.elapsed) * 1000)}/s)` : ''
  return `wikitally convert: ${count(tally.done, 'article')}, ${groupThousands(tally.failed)} failed, ` +
    `${count(tally.rows, 'row')}, ${count(tally.warnings, 'warning')} in ${formatDuration(tally.elapsed)}${rate}\n`
}

/** `1 row`, `2,310 rows`. */
function count(value: number, noun: string): string {
  return `${groupThousands(value)} ${noun}${value === 1 ? '' : 's'}`
}
