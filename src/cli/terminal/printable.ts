/**
 * Untrusted text made safe to print on a terminal.
 */

/**
 * C0 and C1 controls but tab and line feed, and bidirectional overrides and isolates: an
 * escape sequence in a scraped name could recolour, move or hide terminal output.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\0-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g

/** `text` with each control character written as a visible escape (`\x1b`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(unsafe, (character) => {
    const code = character.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}
