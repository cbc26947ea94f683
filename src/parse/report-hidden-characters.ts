/**
 * Reporting characters that change what text shows or means without being seen.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'
import {createLineIndex, pointAt, type LineIndex} from './source-lines.js'
import {codes} from './codes.js'

/** NUL: no article holds one; it marks binary data or a broken scrape. */
const nulCode = 0

/**
 * Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they can
 * show a name or a number in another order than it is stored ("Trojan Source").
 */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
}

/** Any character {@link reportHiddenCharacters} reports: NUL, a bidirectional control. */
const hiddenCharacter = /[\0\u202a-\u202e\u2066-\u2069]/

/**
 * Add one message to `file` per kind of hidden character in `text`, at its first occurrence
 * and counting the others: `nul-byte` and `bidi-control` warnings. `text` is the text as
 * read; positions skip a leading BOM, as `normalizeText` does.
 */
export function reportHiddenCharacters(text: string, file: VFile): void {
  // The regular expression engine scans far faster than a loop over character codes.
  if (!hiddenCharacter.test(text)) return
  const start = text.charCodeAt(0) === codes.byteOrderMarker ? 1 : 0
  let firstNul = -1
  let nuls = 0
  let firstBidi = -1
  let bidis = 0
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === nulCode) {
      if (nuls++ === 0) firstNul = at
    } else if (isBidiControl(code)) {
      if (bidis++ === 0) firstBidi = at
    }
  }
  if (nuls === 0 && bidis === 0) return
  const index = createLineIndex(text.slice(start))
  if (nuls > 0) {
    report(file, `Expected no NUL character, got \`${nuls}\` of them (the first here); they are read as U+FFFD`, placeOf(index, firstNul - start), 'nul-byte')
  }
  if (bidis > 0) {
    const name = 'U+' + text.charCodeAt(firstBidi).toString(16).toUpperCase()
    report(file, `Expected no bidirectional control character, got \`${name}\` (${bidis} in all, the first here); it can show text in another order than it is stored`, placeOf(index, firstBidi - start), 'bidi-control')
  }
}

function placeOf(index: LineIndex, offset: number) {
  return {start: pointAt(index, offset), end: pointAt(index, offset + 1)}
}
