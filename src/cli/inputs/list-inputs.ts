/**
 * Turning a command's arguments into its inputs: the one place arguments are expanded.
 */
import {createReadStream} from 'node:fs'
import path from 'node:path'
import type {Io} from '../io.js'
import {expandInputs} from './expand-inputs.js'
import {dataFormatOf, opensNdjson} from './data-format-of.js'
import {decodeUtf16} from './decode-utf16.js'
import {inputKindOf, type InputKind} from './input-kind.js'
import {inputRuleIds} from './input-rule-ids.js'
import {stdinArgument, stdinPath, type NamedSource} from './input-source.js'
import {tooLarge} from './load-input.js'
import {readNdjsonRecords} from './read-ndjson-records.js'

/** Name `--out-dir` gives the input read from standard input. */
const stdinName = 'stdin'

/** Options of {@link listInputs}. */
export interface ListInputsOptions {
  /** `--from`: what every input holds, or null to decide by each file's extension. */
  from: InputKind | null
  /** `--max-size` in bytes: standard input and NDJSON lines are read no further than this. */
  maxSize: number
}

/** The inputs of a command, in argument order. */
export interface InputList {
  /**
   * One per input, and one failed source per argument that named nothing readable, in
   * argument order. Files are only named here; NDJSON records are read as they are pulled.
   */
  sources: AsyncIterable<NamedSource>
  /** Inputs that were found (failed arguments left out), or null while unknown (NDJSON). */
  total: number | null
  /** Sources listed, failed arguments included, or null while unknown (NDJSON). */
  count: number | null
  /** Every source, when all are known up front (no NDJSON): for estimates. */
  known: readonly NamedSource[] | null
}

/** One listed entry: a source, or an NDJSON stream whose records are read later. */
type Entry = {source: NamedSource} | {records: () => AsyncIterable<Uint8Array>; shown: string}

/**
 * List the inputs of `inputs` (none means standard input, as does `-`): a FILE is taken
 * whatever its extension, a DIR is walked for `.md` and `.txt` files, a GLOB is expanded
 * even when the shell did not, standard input is read now (it is one input). What each file
 * holds is `options.from`, else what its extension says (see `inputKindOf`), and what
 * standard input holds, what its content says (see `dataFormatOf`): an NDJSON file
 * (`.ndjson`, `.jsonl`, or `--from ndjson`) is read lazily, one input per line, so a stream
 * of any length passes in bounded memory.
 */
export async function listInputs(inputs: readonly string[], io: Io, options: ListInputsOptions): Promise<InputList> {
  const entries: Entry[] = []
  for (const input of inputs.length === 0 ? [stdinArgument] : inputs) {
    if (input === stdinArgument) {
      entries.push(await stdinEntry(io, options))
      continue
    }
    const expanded = await expandInputs([input], io.cwd, {walk: options.from !== 'ndjson'})
    for (const problem of expanded.problems) entries.push({source: failedArgument(problem.path, problem.reason)})
    for (const file of expanded.files) {
      const shown = path.relative(io.cwd, file.text) || file.text
      const kind = inputKindOf(file.text, options.from)
      if (kind === 'ndjson') entries.push({records: () => createReadStream(typeof file.path === 'string' ? file.path : Buffer.from(file.path)), shown})
      else entries.push({source: {source: {kind: 'file', path: file.path, shown, content: kind}, relative: file.relative}})
    }
  }
  const lazy = entries.some((entry) => 'records' in entry)
  const total = entries.filter((entry) => 'source' in entry && entry.source.source.kind !== 'failed').length
  const known = lazy ? null : entries.flatMap((entry) => ('source' in entry ? [entry.source] : []))
  return {sources: expand(entries, options.maxSize), total: lazy ? null : total, count: lazy ? null : entries.length, known}
}

/** The sources of `entries`, NDJSON records read as they are pulled. */
async function* expand(entries: readonly Entry[], maxSize: number): AsyncGenerator<NamedSource> {
  for (const entry of entries) {
    if ('source' in entry) {
      yield entry.source
      continue
    }
    try {
      yield* readNdjsonRecords(entry.records(), entry.shown, maxSize)
    } catch (error) {
      yield failedArgument(entry.shown, error instanceof Error ? error.message : String(error))
    }
  }
}

/**
 * The entry of standard input. What it holds is `--from`, else its content (see
 * `dataFormatOf`), as a file's is its extension: JSON, YAML and NDJSON election data are
 * never read as an article. It is read as it arrives and no further than `maxSize`, except
 * NDJSON, whose records are read one line at a time: a larger stream whose first line is a
 * JSON object goes on as records, any other is a `file-too-large` failure without being
 * held whole.
 */
async function stdinEntry(io: Io, options: ListInputsOptions): Promise<Entry> {
  const stream = io.stdinChunks?.() ?? once(io.readStdin())
  if (options.from === 'ndjson') return {records: () => stream, shown: stdinPath}
  const iterator = stream[Symbol.asyncIterator]()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
    chunks.push(next.value)
    size += next.value.byteLength
    if (size <= options.maxSize) continue
    const head = Buffer.concat(chunks)
    if (options.from === null && opensNdjson(new TextDecoder().decode(head))) return {records: () => resume(head, iterator), shown: stdinPath}
    await iterator.return?.()
    return {source: {source: {kind: 'failed', shown: stdinPath, failure: tooLarge(stdinPath, size, options.maxSize, 'at least')}, relative: stdinName}}
  }
  const value = Buffer.concat(chunks)
  // Decoded as `loadInput` decodes it, so UTF-16 data is data too.
  const text = decodeUtf16(value) ?? new TextDecoder().decode(value)
  const content = options.from ?? (await dataFormatOf(text))
  if (content === 'ndjson') return {records: () => once(Promise.resolve(new TextEncoder().encode(text))), shown: stdinPath}
  return {source: {source: {kind: 'text', value, shown: stdinPath, sourceFile: stdinPath, sourceId: null, content}, relative: stdinName}}
}

/** `head`, then the rest of `iterator`: a stream whose start was read to decide its kind. */
async function* resume(head: Uint8Array, iterator: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield head
  for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value
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
