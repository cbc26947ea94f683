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

/** A file found, by a path the system can open and one a person can read. */
export interface FoundFile {
  /** The path: text, or its bytes when the name is not UTF-8 (so it still opens). */
  path: string | Uint8Array
  /** The path as text (bytes that are not UTF-8 shown as U+FFFD). */
  text: string
}

/** Files found and the folders that could not be read on the way. */
export interface FolderWalk {
  /** The articles, sorted by path. */
  files: FoundFile[]
  /** Folders below that could not be listed: the rest of the walk goes on. */
  problems: PathProblem[]
}

/** Bytes of the path separator. */
const separator = Buffer.from(path.sep)

/**
 * The `.md` and `.txt` files under `folder` (absolute), sorted, skipping dot-folders,
 * `node_modules` and symbolic links to folders (which could loop). Names are read as bytes,
 * so a file named in another encoding than UTF-8 is still found and read. A subfolder that
 * cannot be read is a problem named by its path relative to `cwd`, and the walk goes on.
 */
export async function walkFolder(folder: string, cwd: string): Promise<FolderWalk> {
  const walk: FolderWalk = {files: [], problems: []}
  await walkInto(Buffer.from(folder), cwd, walk)
  return walk
}

/** Add the articles under `folder` (its path's bytes) to `walk`. */
async function walkInto(folder: Buffer, cwd: string, walk: FolderWalk): Promise<void> {
  let entries
  try {
    entries = await readdir(folder, {withFileTypes: true, encoding: 'buffer'})
  } catch (error) {
    const shown = path.relative(cwd, folder.toString()) || folder.toString()
    walk.problems.push({path: shown, reason: error instanceof Error ? error.message : String(error)})
    return
  }
  const named = entries.map((entry) => ({entry, name: entry.name.toString()}))
  named.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0))
  for (const {entry, name} of named) {
    const full = Buffer.concat([folder, separator, entry.name])
    if (entry.isDirectory()) {
      if (!name.startsWith('.') && name !== 'node_modules') await walkInto(full, cwd, walk)
      continue
    }
    const isArticle = articleExtensions.some((extension) => name.endsWith(extension))
    if (isArticle && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(full))))) walk.files.push(foundFile(full))
  }
}

/** `bytes` as a found file: its path as text when that is lossless, else the bytes. */
function foundFile(bytes: Buffer): FoundFile {
  const text = bytes.toString()
  return {path: Buffer.from(text).equals(bytes) ? text : new Uint8Array(bytes), text}
}

/** Whether `file` (a symbolic link) leads to a file; a dangling link does not. */
async function isFile(file: Buffer): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
