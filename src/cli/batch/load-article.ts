/**
 * Getting the text of one batch input, or the reason there is none.
 */
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs'
import {unreadableRuleId} from '../read-input.js'
import type {ArticleSource, BatchFailure} from './batch-task.js'
import {findTextProblem} from './find-text-problem.js'
import {formatSize} from './format-size.js'

/** What decoding leaves for ill-formed UTF-8 (and what well-formed text may hold too). */
const replacementCharacter = '\uFFFD'

/** The article's text and the name its election keeps, or why it cannot be converted. */
export type LoadedArticle =
  | {text: string; bytes: Uint8Array | null; sourceFile: string | null}
  | {failure: BatchFailure}

/**
 * Load `source`: a file is checked against `maxSize` before it is read (a huge file is
 * never read into memory), decoded as UTF-8 (a BOM dropped), and refused when it is empty
 * or binary (see `findTextProblem`). A read error is a `file-unreadable` failure naming the
 * system's reason, never an exception.
 */
export async function loadArticle(source: ArticleSource, maxSize: number): Promise<LoadedArticle> {
  if (source.kind === 'failed') return {failure: source.failure}
  if (source.kind === 'text') {
    const size = Buffer.byteLength(source.text)
    if (size > maxSize) return {failure: tooLarge(source.shown, size, maxSize)}
    const problem = findTextProblem(source.text, source.shown)
    return problem ? {failure: problem} : {text: source.text, bytes: null, sourceFile: source.sourceFile}
  }
  let bytes: Uint8Array
  // Synchronous reads: this runs on a worker thread (or for one input), where blocking costs
  // nothing, and four promise round trips per small file were a tenth of the batch's time.
  try {
    const descriptor = openSync(source.path, 'r')
    try {
      const {size} = fstatSync(descriptor)
      if (size > maxSize) return {failure: tooLarge(source.shown, size, maxSize)}
      bytes = readFileSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {failure: {file: source.shown, ruleId: unreadableRuleId, reason: `Expected a readable file, got \`${reason}\``}}
  }
  // A file that grew after `stat` is still held to the limit.
  if (bytes.byteLength > maxSize) return {failure: tooLarge(source.shown, bytes.byteLength, maxSize)}
  const text = new TextDecoder().decode(bytes)
  const problem = findTextProblem(text, source.shown)
  // Where decoding left a U+FFFD, the bytes go on to parseElection, which decodes them again
  // to place an `invalid-utf8` warning on the first ill-formed byte; well-formed text (no
  // U+FFFD at all) is decoded once.
  if (problem) return {failure: problem}
  return {text, bytes: text.includes(replacementCharacter) ? bytes : null, sourceFile: source.shown}
}

/** The failure of an input of `size` bytes over `maxSize`. */
function tooLarge(file: string, size: number, maxSize: number): BatchFailure {
  return {
    file,
    ruleId: 'file-too-large',
    reason: `Expected at most \`${formatSize(maxSize)}\` (\`--max-size\`), got \`${formatSize(size)}\``
  }
}
