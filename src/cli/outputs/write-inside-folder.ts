/**
 * Writing one file of an `--out-dir` run, never outside the folder.
 */
import {lstat, mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {temporaryPathFor} from './temporary-path-for.js'

/** Rule id of an output file that could not be written. */
export const outputUnwritableRuleId = 'output-unwritable'

/**
 * Write `text` to `relative` (a safe relative path, `/`-separated) under the folder `root`
 * through a temporary file renamed into place. Each folder on the way is created, or must
 * already be a real folder: a symbolic link (or a file) already inside `root` is refused,
 * never followed out of it. A link where the file goes is replaced, not written through.
 * Throws the file-system error, or one naming the link.
 */
export async function writeInsideFolder(root: string, relative: string, text: string | Iterable<string>, runId: string): Promise<void> {
  const segments = relative.split('/')
  const name = segments.pop() ?? relative
  let folder = root
  for (const segment of segments) {
    folder = path.join(folder, segment)
    await enterFolder(folder, root)
  }
  const target = path.join(folder, name)
  const temporary = temporaryPathFor(target, runId)
  try {
    await writeFile(temporary, text, {flag: 'wx'})
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/** Make sure `folder` (inside `root`) is a real folder, creating it when missing. */
async function enterFolder(folder: string, root: string): Promise<void> {
  const stats = await lstat(folder).catch(() => null)
  if (stats === null) {
    // Another worker may create it at the same moment: that is fine, a link is not.
    await mkdir(folder).catch((error: unknown) => {
      if ((error as {code?: unknown}).code !== 'EEXIST') throw error
    })
    return enterFolder(folder, root)
  }
  if (stats.isDirectory()) return
  const kind = stats.isSymbolicLink() ? 'a symbolic link' : 'a file'
  throw new Error(`Expected a folder inside --out-dir, got ${kind} at \`${path.relative(root, folder)}\``)
}
