/**
 * Finding where bytes stop being well-formed UTF-8.
 */

/**
 * The offset of the first byte that starts an ill-formed UTF-8 sequence in `bytes`, or -1
 * when all of it is UTF-8.
 *
 * Ill-formed as the WHATWG decoder sees it: a stray continuation byte, a truncated sequence,
 * an overlong form, a surrogate (`ED A0 80`) or a code point past U+10FFFF. The decoder's
 * first U+FFFD stands at this offset of its output.
 *
 *     e2 82 ac 41 c3 28   -> 4 (`c3` needs a continuation byte, `28` is not one)
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at)
    if (length === 0) return at
    at += length
  }
  return -1
}

/** Length of the well-formed sequence starting at `at`, or 0 when it is ill-formed. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] ?? 0
  if (lead < 0x80) return 1
  // Bounds of the second byte by lead byte (Unicode table 3-7); later bytes are 80-BF.
  let low = 0x80
  let high = 0xbf
  let length: number
  if (lead >= 0xc2 && lead <= 0xdf) length = 2
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  } else return 0
  const second = bytes[at + 1]
  if (second === undefined || second < low || second > high) return 0
  for (let next = at + 2; next < at + length; next++) {
    const byte = bytes[next]
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return 0
  }
  return length
}
