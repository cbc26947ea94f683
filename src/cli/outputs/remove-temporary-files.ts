/**
 * Cleaning up after a run that was stopped half-way.
 */
import {readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {isTemporaryOf} from './temporary-path-for.js'

/**
 * Remove the temporary files of run `runId` under `folder` (a worker stopped between
 * writing one and renaming it leaves it behind). Real folders only: links are not followed;
 * a folder that cannot be read is passed over.
 */
export async function removeTemporaryFiles(folder: string, runId: string): Promise<void> {
  const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) await removeTemporaryFiles(full, runId)
    else if (entry.isFile() && isTemporaryOf(entry.name, runId)) await rm(full, {force: true})
  }
}
