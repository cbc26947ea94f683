/**
 * Naming the temporary file an output is written to before it is renamed into place.
 */
import {randomUUID} from 'node:crypto'
import path from 'node:path'

/** Ending of every temporary file. */
export const temporaryExtension = '.tmp'

/**
 * Name of a temporary file beside `target` (`.results.csv.3f2a9c1b-5d1e.tmp`): same folder,
 * so the rename cannot cross file systems; a dot file, so folder walks skip it; `runId`
 * in the name, so that a run stopped by a signal finds and removes its own leftovers.
 */
export function temporaryPathFor(target: string, runId: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${runId}-${randomUUID().slice(0, 4)}${temporaryExtension}`)
}

/** Whether the file `name` is a temporary file of the run `runId`. */
export function isTemporaryOf(name: string, runId: string): boolean {
  return name.startsWith('.') && name.endsWith(temporaryExtension) && name.includes(`.${runId}-`)
}
