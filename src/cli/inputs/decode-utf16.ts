/**
 * Telling which encoding an input's bytes are in, before anything is parsed.
 */

/** A byte order mark and the encoding it announces. */
interface ByteOrderMark {
  /** The leading bytes. */
  bytes: readonly number[]
  /** The WHATWG encoding label `TextDecoder` takes. */
  encoding: 'utf-16le' | 'utf-16be'
}

/** UTF-16 byte order marks: `FF FE` little-endian, `FE FF` big-endian (Windows "Unicode" files). */
const utf16Marks: readonly ByteOrderMark[] = [
  {bytes: [0xff, 0xfe], encoding: 'utf-16le'},
  {bytes: [0xfe, 0xff], encoding: 'utf-16be'}
]

/**
 * `bytes` as text when they start with a UTF-16 byte order mark (the mark dropped), so a
 * file saved as "Unicode" reads like its UTF-8 twin; null for every other input, which the
 * parser decodes as UTF-8 and whose ill-formed bytes it places.
 */
export function decodeUtf16(bytes: Uint8Array): string | null {
  const mark = utf16Marks.find((candidate) => candidate.bytes.every((byte, at) => bytes[at] === byte))
  return mark === undefined ? null : new TextDecoder(mark.encoding).decode(bytes)
}
