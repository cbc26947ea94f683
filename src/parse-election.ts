/**
 * The whole pipeline for one article: read the input, parse, extract, validate.
 */
import {VFile} from 'vfile'
import type {Election} from './model/election.js'
import {emptyElection} from './model/empty-election.js'
import {toElectionMessages} from './model/report.js'
import {withSummary} from './model/summarize-election.js'
import {extractElection} from './extract/extract-election.js'
import {checkInputExtent} from './parse/check-input-extent.js'
import {checkInputSize, defaultMaxSize} from './parse/check-input-size.js'
import {decodeUtf8} from './parse/decode-utf8.js'
import {guardStackDepth} from './parse/guard-stack-depth.js'
import {normalizeText} from './parse/normalize-text.js'
import {parseArticle} from './parse/parse-article.js'
import {reportHiddenCharacters} from './parse/report-hidden-characters.js'
import type {RuleConfig} from './validate/rule.js'
import {validateElection} from './validate/validate-election.js'

/** Options of {@link parseElection}. */
export interface ParseElectionOptions {
  /** Rule settings by id: `off` or a severity (`{'stage-mismatch': 'off'}`). */
  rules?: RuleConfig | null | undefined
  /**
   * Largest input read, in UTF-8 bytes (default `defaultMaxSize`, 8 MiB). The caps on lines
   * and table cells grow with it above the default (`inputExtentLimitsFor`).
   */
  maxSize?: number | null | undefined
  /** Id of the input record the article came from (`--from ndjson`), kept as `sourceId`. */
  sourceId?: string | null | undefined
}

/** What {@link parseElection} returns. */
export interface ParsedElection {
  /** The election; its `messages` hold the findings as data. */
  election: Election
  /** The same findings as vfile messages, with file path and exact places. */
  messages: VFile['messages']
}

/**
 * Read an article (text, or a VFile whose `path` names it in messages and whose `value` is
 * text or UTF-8 bytes) into an election.
 *
 * Bad input never throws: what could not be read is a message. Input larger than `maxSize`
 * bytes or `inputExtentLimitsFor(maxSize)` (250,000 lines or 100,000 table cells at the
 * default size, in proportion above it), or nested too deeply to
 * parse, gives an empty election and one `error` message (`input-too-large`,
 * `input-too-deep`). Ill-formed UTF-8, NUL and bidirectional controls
 * are warnings (`invalid-utf8`, `nul-byte`, `bidi-control`). A BOM, `\r\n` or `\r` line
 * endings and no-break spaces read as their plain forms (see `normalizeText`), so lines and
 * columns are those of the input as an editor shows it.
 *
 * Messages are also kept on the VFile when one is passed, and its `value` becomes the text
 * that was parsed. The election's `summary` is derived last, so it lists the warnings.
 */
export function parseElection(input: string | VFile, options?: ParseElectionOptions): ParsedElection {
  const file = typeof input === 'string' ? new VFile({value: input}) : input
  const value = file.value
  const size = typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : value.byteLength
  // Built only when nothing could be read: it costs a summary.
  const empty = () => emptyElection(file.path ? file.path : null)
  let election: Election | null = null
  const maxSize = options?.maxSize ?? defaultMaxSize
  if (checkInputSize(file, size, maxSize)) {
    const text = typeof value === 'string' ? value : decodeUtf8(value, file)
    reportHiddenCharacters(text, file)
    const normalized = normalizeText(text)
    file.value = normalized
    if (checkInputExtent(file, normalized, maxSize)) {
      election = guardStackDepth(file, () => extractElection(parseArticle(file), file), empty)
    }
  }
  election ??= empty()
  validateElection(election, file, {rules: options?.rules})
  const facts = {...election, messages: toElectionMessages(file), sourceId: options?.sourceId ?? null}
  return {election: withSummary(facts), messages: file.messages}
}
