/**
 * Turning FILE, DIR and GLOB arguments into files, in a stable order.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {walkFolder, type PathProblem} from './walk-folder.js'

/** A file named by the arguments. */
export interface InputFile {
  /** Absolute path, as bytes when the name is not UTF-8 (see `walkFolder`). */
  path: string | Uint8Array
  /** Absolute path as text. */
  text: string
  /**
   * Path that `--out-dir` mirrors: below the DIR argument for a file found in a folder,
   * below the current folder for a glob match, the base name for a FILE argument.
   */
  relative: string
}

/** The files named by the arguments and the arguments that named nothing. */
export interface ExpandedInputs {
  /** Files in argument order, a folder's and a glob's sorted by path; a file named twice is listed twice. */
  files: InputFile[]
  /** Arguments (or folders below them) that could not be read or matched nothing. */
  problems: PathProblem[]
}

/** Options of {@link expandInputs}. */
export interface ExpandOptions {
  /** Walk a DIR argument for articles (true), or refuse it (NDJSON files are named one by one). */
  walk: boolean
}

/** Characters that make an argument a glob pattern (`*.md`, `2004-?.txt`, `[ab].md`, `{a,b}`). */
const globCharacters = /[*?[\]{}]/

/**
 * Expand `inputs` against `cwd`: an existing path is a file or a folder (walked for `.md`
 * and `.txt`, see `walkFolder`), even when its name holds glob characters; otherwise an
 * argument with `*`, `?`, `[`, or `{` is a glob pattern, expanded here for shells that do not
 * (every matching file is taken, whatever its extension; dot files only when named).
 */
export async function expandInputs(inputs: readonly string[], cwd: string, options: ExpandOptions = {walk: true}): Promise<ExpandedInputs> {
  const files: InputFile[] = []
  const problems: PathProblem[] = []
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    let stats
    try {
      stats = await stat(absolute)
    } catch (error) {
      if (!globCharacters.test(input)) {
        problems.push({path: input, reason: error instanceof Error ? error.message : String(error)})
        continue
      }
      const matches = await expandGlob(input, cwd)
      if (matches.length === 0) problems.push({path: input, reason: 'no file matches this pattern'})
      for (const match of matches) files.push({path: match, text: match, relative: relativeToCwd(match, cwd)})
      continue
    }
    if (!stats.isDirectory()) {
      files.push({path: absolute, text: absolute, relative: path.basename(absolute)})
      continue
    }
    if (!options.walk) {
      problems.push({path: input, reason: 'a folder, where an NDJSON file was expected'})
      continue
    }
    const walk = await walkFolder(absolute, cwd)
    if (walk.files.length === 0 && walk.problems.length === 0) problems.push({path: input, reason: 'no `.md` or `.txt` file in this folder'})
    problems.push(...walk.problems)
    for (const file of walk.files) files.push({...file, relative: path.relative(absolute, file.text)})
  }
  return {files, problems}
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
