/**
 * Turning the FILE and DIR arguments into the files to read.
 */
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** Extensions of articles found by walking a folder. */
export const articleExtensions = ['.md', '.txt'] as const

/** A path argument that named nothing readable, and why. */
export interface PathProblem {
  /** The argument as given. */
  path: string
  /** The system's reason (`ENOENT: no such file or directory`), or ours. */
  reason: string
}

/** Files to read, in argument order, and the arguments that failed. */
export interface CollectedPaths {
  /** Absolute file paths; files in a folder sorted by name. */
  files: string[]
  /** Arguments that could not be read. */
  problems: PathProblem[]
}

/**
 * Resolve `inputs` against `cwd`: a file is taken as is, whatever its extension; a folder is
 * walked for `.md` and `.txt` files, skipping dot-folders, `node_modules` and symbolic links
 * to folders (which could loop). A folder with no article is a problem.
 */
export async function collectPaths(inputs: readonly string[], cwd: string): Promise<CollectedPaths> {
  const files: string[] = []
  const problems: PathProblem[] = []
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    try {
      const stats = await stat(absolute)
      if (!stats.isDirectory()) {
        files.push(absolute)
        continue
      }
      const found = await walk(absolute)
      if (found.length === 0) problems.push({path: input, reason: 'no `.md` or `.txt` file in this folder'})
      files.push(...found)
    } catch (error) {
      problems.push({path: input, reason: error instanceof Error ? error.message : String(error)})
    }
  }
  return {files, problems}
}

/** Article files under `folder`, sorted by path. */
async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true})
  entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0))
  const found: string[] = []
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await walk(full)))
      continue
    }
    const isArticle = articleExtensions.some((extension) => entry.name.endsWith(extension))
    if (isArticle && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(full))))) found.push(full)
  }
  return found
}

/** Whether `file` (a symbolic link) leads to a file; a dangling link does not. */
async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
