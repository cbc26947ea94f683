/**
 * The inputs of an article batch: FILE, DIR and GLOB arguments, and standard input.
 */
import type {PathProblem} from '../collect-paths.js'
import type {Io} from '../io.js'
import {stdinArgument, stdinPath} from '../read-input.js'
import {expandInputs} from './expand-inputs.js'
import type {NamedSource} from './read-ndjson-articles.js'
import path from 'node:path'

/** Name `--out-dir` gives the article read from standard input. */
const stdinName = 'stdin'

/** The inputs in argument order, and the arguments that named nothing. */
export interface ArticleInputs {
  /** One per article; small, since files are read only when converted. */
  sources: NamedSource[]
  /** Arguments that could not be read or matched nothing. */
  problems: PathProblem[]
}

/**
 * List the articles of `inputs` (none means standard input, as does `-`). Files are only
 * named here; standard input, one article, is read now.
 */
export async function listArticleInputs(inputs: readonly string[], io: Io): Promise<ArticleInputs> {
  const sources: NamedSource[] = []
  const problems: PathProblem[] = []
  for (const input of inputs.length === 0 ? [stdinArgument] : inputs) {
    if (input === stdinArgument) {
      const text = new TextDecoder().decode(await io.readStdin())
      sources.push({source: {kind: 'text', text, shown: stdinPath, sourceFile: stdinPath}, relative: stdinName})
      continue
    }
    const expanded = await expandInputs([input], io.cwd)
    problems.push(...expanded.problems)
    for (const file of expanded.files) {
      const shown = path.relative(io.cwd, file.path) || file.path
      sources.push({source: {kind: 'file', path: file.path, shown}, relative: file.relative})
    }
  }
  return {sources, problems}
}
