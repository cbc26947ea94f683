/**
 * Telling an article from an empty file or binary data, before parsing.
 */
import type {InputFailure} from './input-source.js'
import {inputRuleIds} from './input-rule-ids.js'

/** Characters looked at to decide whether the input is text (git looks at 8,000 bytes). */
const sampleLength = 8000

/** Share of control or undecodable characters in the sample above which it is not text. */
const binaryShare = 0.1

/**
 * C0 controls other than tab, line feed, vertical tab, form feed and carriage return, DEL,
 * and the replacement character that decoding leaves for invalid UTF-8 (`\x1b`, `\uFFFD`).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const nonText = /[\0-\x08\x0E-\x1F\x7F\uFFFD]/g

/** A whole input of spaces and line breaks only. */
const blank = /^\s*$/

/**
 * The failure of `text` (decoded from the input named `file`) if it is not an article:
 * empty (nothing but white space), or binary (a NUL character in the first 8,000 characters,
 * as git decides, or more than a tenth of them being control characters or invalid UTF-8).
 * Null when it is text: a stray NUL further on is a `nul-byte` warning of the parser.
 */
export function findTextProblem(text: string, file: string): InputFailure | null {
  if (blank.test(text)) return {file, ruleId: inputRuleIds.empty, reason: 'Expected an article, got an empty file'}
  const sample = text.slice(0, sampleLength)
  if (sample.includes('\0')) return {file, ruleId: inputRuleIds.binary, reason: 'Expected text, got binary data (a `NUL` byte)'}
  const bad = sample.match(nonText)?.length ?? 0
  if (bad > sample.length * binaryShare) {
    const share = Math.round((bad / sample.length) * 100)
    return {file, ruleId: inputRuleIds.binary, reason: `Expected text, got binary data (\`${share}%\` control or invalid bytes)`}
  }
  return null
}
