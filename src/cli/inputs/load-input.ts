/**
 * Loading one input into a vfile, or the reason it cannot be read: the one place every
 * command reads an input.
 */
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {formatSize} from './format-size.js'
import {decodeUtf16} from './decode-utf16.js'
import {findTextProblem} from './find-text-problem.js'
import {inputRuleIds} from './input-rule-ids.js'
import type {InputFailure, InputSource} from './input-source.js'

/** What decoding leaves for ill-formed UTF-8 (and what well-formed text may hold too). */
const replacementCharacter = '\uFFFD'

/** Options of {@link loadInput}. */
export interface LoadInputOptions {
  /** Largest input read, in bytes (`--max-size`). */
  maxSize: number
  /** Take the input as bytes, without the checks for text (an SQLite database). */
  binary?: boolean
}

/** The loaded input (and the NDJSON record id it came with), or why it cannot be used. */
export type LoadedInput = {file: VFile; sourceId: string | null} | {failure: InputFailure}

/**
 * Load `source`: a file is checked against `maxSize` before it is read (a huge file is
 * never read into memory), and every input is refused when it is larger than `maxSize`,
 * empty or binary (see `findTextProblem`; not checked with `binary`); UTF-16 with a byte order mark is decoded. A read error is a `file-unreadable` failure
 * naming the system's reason, never an exception.
 *
 * The vfile's `value` is the decoded text, or, where decoding met ill-formed UTF-8, the input
 * as it came (bytes), so that `parseElection` places an `invalid-utf8` warning on the first
 * ill-formed byte; its `path`
 * is the election's `sourceFile`, unset for an NDJSON record without an id.
 */
export function loadInput(source: InputSource, options: LoadInputOptions): LoadedInput {
  if (source.kind === 'failed') return {failure: source.failure}
  const read = source.kind === 'file' ? readFileUpTo(source.path, source.shown, options.maxSize) : {value: source.value}
  if ('failure' in read) return read
  const size = typeof read.value === 'string' ? Buffer.byteLength(read.value) : read.value.byteLength
  // A file that grew after `stat` is still held to the limit.
  if (size > options.maxSize) return {failure: tooLarge(source.shown, size, options.maxSize)}
  const sourceFile = source.kind === 'file' ? source.shown : source.sourceFile
  const sourceId = source.kind === 'file' ? null : source.sourceId
  if (options.binary === true) return {file: namedFile(read.value, sourceFile), sourceId}
  const value = typeof read.value === 'string' ? read.value : decodeUtf16(read.value) ?? read.value
  const text = typeof value === 'string' ? value : new TextDecoder().decode(value)
  const problem = findTextProblem(text, source.shown)
  if (problem) return {failure: problem}
  // Bytes stay the value only where decoding left a U+FFFD, so that `parseElection`
  // decodes them again to place its warning; well-formed text is decoded once.
  return {file: namedFile(typeof value === 'string' || text.includes(replacementCharacter) ? value : text, sourceFile), sourceId}
}

/** A vfile holding `value`, its `path` the election's `sourceFile` when there is one. */
function namedFile(value: string | Uint8Array, sourceFile: string | null): VFile {
  const file = new VFile({value})
  if (sourceFile !== null) file.path = sourceFile
  return file
}

/** The text of a loaded input, decoded as UTF-8 (a BOM dropped), for readers of data. */
export function inputText(file: VFile): string {
  return typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value)
}

/**
 * The bytes of the file at `filePath`, or a failure: too large by its size, or unreadable.
 *
 * Synchronous reads: this runs on a worker thread (or for one input), where blocking costs
 * nothing, and four promise round trips per small file were a tenth of a batch's time.
 */
function readFileUpTo(filePath: string | Uint8Array, shown: string, maxSize: number): {value: Uint8Array} | {failure: InputFailure} {
  try {
    // A path that came through a worker as bytes is a Uint8Array again: make it a Buffer.
    const descriptor = openSync(typeof filePath === 'string' ? filePath : Buffer.from(filePath), 'r')
    try {
      const {size} = fstatSync(descriptor)
      if (size > maxSize) return {failure: tooLarge(shown, size, maxSize)}
      return {value: readFileSync(descriptor)}
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    return {failure: unreadable(shown, error)}
  }
}

/** The failure of an input that could not be read because of `error`. */
export function unreadable(shown: string, error: unknown): InputFailure {
  const reason = error instanceof Error ? error.message : String(error)
  return {file: shown, ruleId: inputRuleIds.unreadable, reason: `Expected a readable file, got \`${reason}\``}
}

/**
 * The failure of an input of `size` bytes over `maxSize`; `at least` when reading stopped
 * there (a stream).
 */
export function tooLarge(file: string, size: number, maxSize: number, bound: 'exactly' | 'at least' = 'exactly'): InputFailure {
  const got = bound === 'exactly' ? `\`${formatSize(size)}\`` : `at least \`${formatSize(size)}\``
  return {file, ruleId: inputRuleIds.tooLarge, reason: `Expected at most \`${formatSize(maxSize)}\` (\`--max-size\`), got ${got}`}
}
