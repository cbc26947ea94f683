/**
 * The progress bar of a batch, one terminal line.
 */
import {groupThousands} from '../terminal/group-thousands.js'
import type {BatchTally} from './batch-tally.js'
import {formatDuration} from '../terminal/format-duration.js'

/** Cells of the bar. */
const barWidth = 24

/** Milliseconds in a second. */
const second = 1000

/**
 * `[#########...............]  120/400  35.2/s  ETA 8.0 s  2 failed`: the bar and the count
 * when the total is known, the rate, the time left at that rate, and failures if any.
 */
export function formatProgress(tally: BatchTally): string {
  const rate = tally.elapsed > 0 ? (tally.done / tally.elapsed) * second : 0
  const parts: string[] = []
  if (tally.total === null) parts.push(`${groupThousands(tally.done)} done`)
  else {
    const filled = tally.total === 0 ? barWidth : Math.floor((tally.done / tally.total) * barWidth)
    parts.push(`[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`, `${groupThousands(tally.done)}/${groupThousands(tally.total)}`)
  }
  parts.push(`${rate.toFixed(1)}/s`)
  if (tally.total !== null && rate > 0) parts.push(`ETA ${formatDuration(((tally.total - tally.done) / rate) * second)}`)
  if (tally.failed > 0) parts.push(`${groupThousands(tally.failed)} failed`)
  return parts.join('  ')
}
