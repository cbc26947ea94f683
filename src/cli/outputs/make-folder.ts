/**
 * Creating a folder and the missing ones above it.
 */
import {mkdir, stat} from 'node:fs/promises'
import path from 'node:path'

/**
 * Create `folder` and its missing parents, one at a time: `mkdir` with `recursive` retries
 * forever where a parent cannot be made (under `/proc`), so this stops at the first
 * failure and throws it. An existing folder is fine; an existing file is an `EEXIST` error.
 */
export async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder)
  } catch (error) {
    const code = (error as {code?: unknown}).code
    if (code === 'EEXIST' && (await stat(folder)).isDirectory()) return
    const parent = path.dirname(folder)
    if (code !== 'ENOENT' || parent === folder) throw error
    await makeFolder(parent)
    await mkdir(folder)
  }
}
