/**
 * The output formats of `convert`, and the format an output file's name asks for.
 */
import path from 'node:path'
import type {BatchFormat} from '../../batch/batch-task.js'
import {kindExtensions} from '../../inputs/input-kind.js'

/**
 * What `--to` names: the batch formats (`gfm` the report among them), `sqlite` (a database,
 * written to `-o` only) and `markdown` (the article format).
 */
export type OutputFormat = BatchFormat | 'sqlite' | 'markdown'

/** Output formats of `--to`, in the order the help lists them. */
export const outputFormats: readonly OutputFormat[] = ['json', 'yaml', 'csv', 'ndjson', 'gfm', 'sqlite', 'markdown']

/** Extension of an article written as markdown (`-o election.md`). */
const markdownExtension = '.md'

/**
 * The format `-o` file `output` asks for by its extension, read as inputs are (`out.CSV` ->
 * `csv`, `all.jsonl` -> `ndjson`) and `.md` for markdown; null when it names none.
 */
export function outputFormatOf(output: string): OutputFormat | null {
  const extension = path.extname(output).toLowerCase()
  if (extension === markdownExtension) return 'markdown'
  const kind = Object.hasOwn(kindExtensions, extension) ? kindExtensions[extension] : undefined
  return outputFormats.find((format) => format === kind) ?? null
}
