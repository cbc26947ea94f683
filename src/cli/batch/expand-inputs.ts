/**
 * Turning FILE, DIR and GLOB arguments into the files of a batch, in a stable order.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {collectPaths, type PathProblem} from '../collect-paths.js'

/** A file of the batch. */
export interface InputFile {
  /** Absolute path. */
  path: string
  /**
   * Path that `--out-dir` mirrors: below the DIR argument for a file found in a folder,
   * below the current folder for a glob match, the base name for a FILE argument.
   */
  relative: string
}

/** The files of a batch and the arguments that named nothing. */
export interface ExpandedInputs {
  /** Files in argument order, a folder's and a glob's sorted by path; a file named twice is converted twice. */
  files: InputFile[]
  /** Arguments that could not be read or matched nothing. */
  problems: PathProblem[]
}

/** Characters that make an argument a glob pattern (`*.md`, `2004-?.txt`, `[ab].md`, `{a,b}`). */
const globCharacters = /[*?[\]{}]/

/**
 * Expand `inputs` against `cwd`: an existing path is a file or a folder (walked for `.md`
 * and `.txt`, see `collectPaths`), even when its name holds glob characters; otherwise an
 * argument with `*`, `?`, `[`, or `{` is a glob pattern, expanded here for shells that do not
 * (every matching file is taken, whatever its extension; dot files only when named).
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const files: InputFile[] = []
  const problems: PathProblem[] = []
  const add = (file: string, relative: string) => {
    files.push({path: file, relative})
  }
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    const kind = await kindOf(absolute)
    if (kind === 'missing' && globCharacters.test(input)) {
      const matches = await expandGlob(input, cwd)
      if (matches.length === 0) problems.push({path: input, reason: 'no file matches this pattern'})
      for (const match of matches) add(match, relativeToCwd(match, cwd))
      continue
    }
    const collected = await collectPaths([input], cwd)
    problems.push(...collected.problems)
    for (const file of collected.files) add(file, kind === 'folder' ? path.relative(absolute, file) : path.basename(file))
  }
  return {files, problems}
}

/** Whether `absolute` is a folder, something else, or nothing. */
async function kindOf(absolute: string): Promise<'folder' | 'other' | 'missing'> {
  try {
    return (await stat(absolute)).isDirectory() ? 'folder' : 'other'
  } catch {
    return 'missing'
  }
}

/** Absolute paths of the files matching `pattern` under `cwd`, sorted. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const {glob} = await import('tinyglobby')
  const matches = await glob(pattern, {cwd, absolute: true, onlyFiles: true, expandDirectories: false})
  return matches.map((match) => path.resolve(match)).sort(compareText)
}

/** `file` relative to `cwd`, or its base name when it lies outside. */
function relativeToCwd(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(file) : relative
}

/** Code-unit order, the same on every machine and locale. */
function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
