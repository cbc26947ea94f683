/**
 * Turning the bytes of an input into text, reporting where they are not UTF-8.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'
import {firstInvalidUtf8} from './first-invalid-utf8.js'
import {createLineIndex, pointAt} from './source-lines.js'

/**
 * Decode `bytes` as UTF-8 (a leading BOM dropped). Ill-formed bytes never fail the read: they
 * become U+FFFD, with one `invalid-utf8` warning on `file` at the first of them (its line and
 * column in the decoded text).
 */
export function decodeUtf8(bytes: Uint8Array, file: VFile): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(bad, 0)))
    const start = pointAt(createLineIndex(before), before.length)
    const end = {line: start.line, column: start.column + 1, offset: (start.offset ?? 0) + 1}
    const shown = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    report(file, `Expected UTF-8 text, got byte \`0x${shown}\`; ill-formed bytes are read as U+FFFD`, {start, end}, 'invalid-utf8')
    return new TextDecoder('utf-8').decode(bytes)
  }
}
