/**
 * A full garbage collection between two steps that each allocate hundreds of megabytes.
 */
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/**
 * Have V8 collect garbage now, so that what a finished step left behind is freed before the
 * next step allocates as much again.
 *
 * V8 schedules its next full collection from the live heap of the last one: after parsing a
 * 1 MB article (a 300 MB tree, garbage once the election is built) nothing is collected
 * until the heap is about three times that, so reading a written article back was allocated
 * on top of the first parse's garbage (166,500 candidates: 1 GB peak, against 500 MB for
 * `check` of the same file). Node has no call for it without `--expose-gc`: the flag is set
 * only while a fresh context hands out V8's `gc` function, as jest's leak detector does.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  setFlagsFromString('--no-expose-gc')
  // Flags are the process's: a worker thread may have turned the flag off in between.
  if (typeof gc === 'function') gc()
}
