/**
 * Turning an input's name (a path, or an NDJSON record id) into a path that stays inside
 * the output folder on every file system.
 */

/** Path separators of any platform. */
const separators = /[/\\]+/

/** Characters Windows refuses in names, and control characters (`a:b`, `what?`). */
// eslint-disable-next-line no-control-regex -- control characters are what is unsafe
const unsafeCharacters = /[\0-\x1F\x7F"*:<>?|]/g

/** Dots and spaces at the end of a name, which Windows drops (`name. `). */
const dotOrSpace = new Set(['.', ' '])

/** Device names Windows reserves whatever the extension (`CON`, `nul.txt`, `COM1.md`). */
const reservedName = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i

/**
 * Longest name segment kept, in UTF-8 bytes: under the usual 255-byte limit with room for
 * the `~2.json` that `claimOutputPath` appends.
 */
const maxSegmentBytes = 200

/** Most folders kept above the file: deeper ones are dropped, so no path outgrows the system's limit. */
const maxFolders = 32

/** Segment used for a name with nothing left. */
const emptySegment = '_'

/**
 * `name` as a relative path of safe segments joined by `/`: `.`, `..` and empty segments
 * are dropped (so `../x`, `/etc/passwd` and `C:\x` cannot leave the folder), unsafe
 * characters become `_`, a leading dot becomes `_` (no hidden files), reserved device names
 * get a leading `_`, segments are cut to 200 UTF-8 bytes and paths to 32 folders.
 */
export function safeRelativePath(name: string): string {
  const segments = name
    .split(separators)
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map(safeSegment)
  const file = segments.pop()
  if (file === undefined) return emptySegment
  return [...segments.slice(0, maxFolders), file].join('/')
}

/**
 * One path segment made safe. A lone surrogate becomes U+FFFD first, as writing the name
 * would make it: names are compared as they are stored, so `r\ud800` and `r\ufffd` are one.
 */
function safeSegment(segment: string): string {
  const stored = Buffer.from(segment, 'utf8').toString('utf8')
  let safe = withoutTrailingDotsAndSpaces(cutToBytes(stored.replace(unsafeCharacters, '_'), maxSegmentBytes))
  if (safe.startsWith('.')) safe = '_' + safe.slice(1)
  if (reservedName.test(safe)) safe = '_' + safe
  return safe === '' ? emptySegment : safe
}

/** The longest start of `text` of at most `bytes` UTF-8 bytes, never splitting a character. */
function cutToBytes(text: string, bytes: number): string {
  let used = 0
  let end = 0
  for (const character of text) {
    used += Buffer.byteLength(character)
    if (used > bytes) break
    end += character.length
  }
  return text.slice(0, end)
}

/** `name` without the dots and spaces at its end. */
function withoutTrailingDotsAndSpaces(name: string): string {
  let end = name.length
  while (end > 0 && dotOrSpace.has(name.charAt(end - 1))) end--
  return name.slice(0, end)
}
