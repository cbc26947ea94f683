/**
 * Writing a whole file so that readers see the old file or the new one, never a part.
 */
import {randomUUID} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * Name of a temporary file beside `target` (`.results.csv.3f2a9c1b.tmp`): same folder, so the
 * rename cannot cross file systems; a dot file, so folder walks skip it.
 */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID().slice(0, 8)}.tmp`)
}

/**
 * Write `text` (or bytes) to `target` through a temporary file renamed over it, creating missing
 * folders. On failure the temporary file is removed and the error is thrown.
 */
export async function writeFileAtomic(target: string, text: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), {recursive: true})
  const temporary = temporaryPathFor(target)
  try {
    await writeFile(temporary, text)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
