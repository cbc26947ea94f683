/**
 * Finding the articles in a folder.
 */
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** Extensions of articles found by walking a folder. */
export const articleExtensions = ['.md', '.txt'] as const

/** A path that named nothing readable, and why. */
export interface PathProblem {
  /** The path as shown (the argument, or a folder found on the way). */
  path: string
  /** The system's reason (`ENOENT: no such file or directory`), or ours. */
  reason: string
}

/** Files found and the folders that could not be read on the way. */
export interface FolderWalk {
  /** Absolute paths of the articles, sorted by path. */
  files: string[]
  /** Folders below that could not be listed: the rest of the walk goes on. */
  problems: PathProblem[]
}

/**
 * The `.md` and `.txt` files under `folder` (absolute), sorted, skipping dot-folders,
 * `node_modules` and symbolic links to folders (which could loop). A subfolder that cannot
 * be read is a problem named by its path relative to `cwd`, and the walk goes on.
 */
export async function walkFolder(folder: string, cwd: string): Promise<FolderWalk> {
  const walk: FolderWalk = {files: [], problems: []}
  await walkInto(folder, cwd, walk)
  return walk
}

/** Add the articles under `folder` to `walk`. */
async function walkInto(folder: string, cwd: string, walk: FolderWalk): Promise<void> {
  let entries
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch (error) {
    walk.problems.push({path: path.relative(cwd, folder) || folder, reason: error instanceof Error ? error.message : String(error)})
    return
  }
  entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0))
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walkInto(full, cwd, walk)
      continue
    }
    const isArticle = articleExtensions.some((extension) => entry.name.endsWith(extension))
    if (isArticle && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(full))))) walk.files.push(full)
  }
}

/** Whether `file` (a symbolic link) leads to a file; a dangling link does not. */
async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
