/**
 * Keeping a progress line on a terminal while messages scroll above it.
 */
import type {BatchTally} from './batch-tally.js'
import {formatProgress} from './format-progress.js'

/** Milliseconds between redraws, so that drawing never costs more than the work. */
const redrawInterval = 100

/** Carriage return and erase-line: back to an empty line start. */
const clearLine = '\r\u001B[K'

/** Draws progress and interleaves messages with it. */
export interface ProgressReporter {
  /** Redraw with `tally` if the last draw is old enough. */
  update: (tally: BatchTally) => void
  /** Write message lines `text` above the bar. */
  message: (text: string) => void
  /** Remove the bar. */
  finish: () => void
}

/**
 * A reporter writing to `write` (standard error). When `enabled` is false (not a terminal,
 * or `--quiet`) it draws nothing and only passes messages on. `now` gives milliseconds.
 */
export function createProgressReporter(write: (text: string) => void, enabled: boolean, now: () => number): ProgressReporter {
  let drawn = false
  let last = Number.NEGATIVE_INFINITY
  const clear = () => {
    if (!drawn) return
    write(clearLine)
    drawn = false
  }
  return {
    update(tally) {
      if (!enabled || now() - last < redrawInterval) return
      last = now()
      write(clearLine + formatProgress(tally))
      drawn = true
    },
    message(text) {
      if (text === '') return
      clear()
      write(text)
    },
    finish: clear
  }
}
