/**
 * Writing a whole file so that readers see the old file or the new one, never a part.
 */
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Hex digits of the random part of a temporary name. */
const randomDigits = 8

/**
 * Name of a temporary file beside `target` (`.results.csv.3f2a9c1b.tmp`): same folder, so the
 * rename cannot cross file systems; a dot file, so folder walks skip it.
 *
 * The random part only keeps two runs apart, so `Math.random` does: loading `node:crypto`
 * for it was a fifth of the CLI's start-up.
 */
export function temporaryPathFor(target: string): string {
  const random = Math.floor(Math.random() * 16 ** randomDigits).toString(16).padStart(randomDigits, '0')
  return path.join(path.dirname(target), `.${path.basename(target)}.${random}.tmp`)
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
