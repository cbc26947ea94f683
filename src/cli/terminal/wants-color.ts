/**
 * Deciding whether output may carry colour.
 */
import type {Io} from '../io.js'

/**
 * True when `stream` of `io` is a terminal and `NO_COLOR` is not set (https://no-color.org:
 * any non-empty value turns colour off).
 */
export function wantsColor(io: Io, stream: 'stdout' | 'stderr'): boolean {
  const tty = stream === 'stdout' ? io.stdoutIsTty : io.stderrIsTty
  const noColor = io.env['NO_COLOR']
  return tty && (noColor === undefined || noColor === '')
}
