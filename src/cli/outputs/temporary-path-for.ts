/**
 * Naming the temporary file an output is written to before it is renamed into place.
 */
import path from 'node:path'

/** Hex digits of a run id, and of the random part of a temporary name. */
const randomDigits = 8

/**
 * A random id of `randomDigits` hex digits (`3f2a9c1b`). It only keeps runs and files apart,
 * so `Math.random` does: loading `node:crypto` for it was a fifth of the CLI's start-up.
 */
export function randomId(): string {
  return Math.floor(Math.random() * 16 ** randomDigits).toString(16).padStart(randomDigits, '0')
}

/** Ending of every temporary file. */
export const temporaryExtension = '.tmp'

/**
 * Name of a temporary file beside `target` (`.results.csv.3f2a9c1b-5d1e07aa.tmp`): same folder,
 * so the rename cannot cross file systems; a dot file, so folder walks skip it; `runId`
 * in the name, so that a run stopped by a signal finds and removes its own leftovers.
 */
export function temporaryPathFor(target: string, runId: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${runId}-${randomId()}${temporaryExtension}`)
}

/** Whether the file `name` is a temporary file of the run `runId`. */
export function isTemporaryOf(name: string, runId: string): boolean {
  return name.startsWith('.') && name.endsWith(temporaryExtension) && name.includes(`.${runId}-`)
}
