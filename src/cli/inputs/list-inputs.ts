/**
 * Turning a command's arguments into its inputs: the one place arguments are expanded.
 */
import {createReadStream} from 'node:fs'
import path from 'node:path'
import type {Io} from '../io.js'
import {expandInputs} from './expand-inputs.js'
import {inputRuleIds} from './input-rule-ids.js'
import {stdinArgument, stdinPath, type NamedSource} from './input-source.js'
import {readNdjsonRecords} from './read-ndjson-records.js'

/** Name `--out-dir` gives the input read from standard input. */
const stdinName = 'stdin'

/** Options of {@link listInputs}. */
export interface ListInputsOptions {
  /** Read each file and standard input as NDJSON records, one input per line. */
  records: boolean
}

/** The inputs of a command, in argument order. */
export interface InputList {
  /**
   * One per input, and one failed source per argument that named nothing readable, in
   * argument order. Files are only named here; NDJSON records are read as they are pulled.
   */
  sources: AsyncIterable<NamedSource> | Iterable<NamedSource>
  /** Inputs that were found (failed arguments left out), or null while unknown (records). */
  total: number | null
}

/**
 * List the inputs of `inputs` (none means standard input, as does `-`): a FILE is taken
 * whatever its extension, a DIR is walked for `.md` and `.txt` files, a GLOB is expanded
 * even when the shell did not, standard input is read now (it is one input). With
 * `records`, each file is read lazily as NDJSON, so a stream of any length passes in
 * bounded memory.
 */
export async function listInputs(inputs: readonly string[], io: Io, options: ListInputsOptions): Promise<InputList> {
  const argumentsOrStdin = inputs.length === 0 ? [stdinArgument] : inputs
  if (options.records) return {sources: listRecords(argumentsOrStdin, io), total: null}
  const sources: NamedSource[] = []
  let total = 0
  for (const input of argumentsOrStdin) {
    if (input === stdinArgument) {
      const value = await io.readStdin()
      sources.push({source: {kind: 'text', value, shown: stdinPath, sourceFile: stdinPath, sourceId: null}, relative: stdinName})
      total++
      continue
    }
    const expanded = await expandInputs([input], io.cwd)
    for (const problem of expanded.problems) sources.push(failedArgument(problem.path, problem.reason))
    for (const file of expanded.files) {
      sources.push({source: {kind: 'file', path: file.path, shown: shownPath(file.path, io.cwd)}, relative: file.relative})
      total++
    }
  }
  return {sources, total}
}

/** The NDJSON records of every argument, in order. */
async function* listRecords(inputs: readonly string[], io: Io): AsyncGenerator<NamedSource> {
  for (const input of inputs) {
    if (input === stdinArgument) {
      yield* readNdjsonRecords(io.stdinChunks?.() ?? once(io.readStdin()), stdinPath)
      continue
    }
    const expanded = await expandInputs([input], io.cwd, {walk: false})
    for (const problem of expanded.problems) yield failedArgument(problem.path, problem.reason)
    for (const file of expanded.files) {
      const shown = shownPath(file.path, io.cwd)
      try {
        yield* readNdjsonRecords(createReadStream(file.path), shown)
      } catch (error) {
        yield failedArgument(shown, error instanceof Error ? error.message : String(error))
      }
    }
  }
}

/** A path as messages show it: relative to the current folder when below it. */
function shownPath(file: string, cwd: string): string {
  return path.relative(cwd, file) || file
}

/** The failed source of an argument that named nothing readable, for `reason`. */
function failedArgument(shown: string, reason: string): NamedSource {
  const failure = {file: shown, ruleId: inputRuleIds.unreadable, reason: `Expected a readable file or folder, got \`${reason}\``}
  return {source: {kind: 'failed', shown, failure}, relative: shown}
}

/** The bytes of `promise` as a one-chunk stream. */
async function* once(promise: Promise<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield await promise
}
