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

/** Longest name segment kept, in characters, well under the usual 255-byte limit. */
const maxSegmentLength = 120

/** Segment used for a name with nothing left. */
const emptySegment = '_'

/**
 * `name` as a relative path of safe segments joined by `/`: `.`, `..` and empty segments
 * are dropped (so `../x`, `/etc/passwd` and `C:\x` cannot leave the folder), unsafe
 * characters become `_`, a leading dot becomes `_` (no hidden files), reserved device names
 * get a leading `_`, and long segments are cut.
 */
export function safeRelativePath(name: string): string {
  const segments = name
    .split(separators)
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map(safeSegment)
  return segments.length === 0 ? emptySegment : segments.join('/')
}

/** One path segment made safe. */
function safeSegment(segment: string): string {
  let safe = withoutTrailingDotsAndSpaces(segment.replace(unsafeCharacters, '_').slice(0, maxSegmentLength))
  if (safe.startsWith('.')) safe = '_' + safe.slice(1)
  if (reservedName.test(safe)) safe = '_' + safe
  return safe === '' ? emptySegment : safe
}

/** `name` without the dots and spaces at its end. */
function withoutTrailingDotsAndSpaces(name: string): string {
  let end = name.length
  while (end > 0 && dotOrSpace.has(name.charAt(end - 1))) end--
  return name.slice(0, end)
}
