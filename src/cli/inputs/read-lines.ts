/**
 * Splitting a byte stream into lines without holding more than one line, and never more
 * than a bounded part of a long one.
 */

/** A line of text and its 1-based number, or the size of a line too long to keep. */
export type NumberedLine =
  | {
    /** The line, without `\n` or `\r\n`. */
    text: string
    /** 1-based line number. */
    line: number
  }
  | {
    /** UTF-8 bytes of a line longer than the cap; its text was dropped as it came. */
    tooLong: number
    /** 1-based line number. */
    line: number
  }

/**
 * The lines of `chunks` decoded as UTF-8 (a BOM dropped), split on `\n` with a trailing `\r`
 * removed; a last line without `\n` still counts, an empty stream has no lines. A line of
 * more than `maxLength` UTF-8 bytes is dropped piece by piece as it streams in and comes out
 * as its size only, so one huge line costs no memory; the lines after it are read as usual.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLength = Number.POSITIVE_INFINITY): AsyncGenerator<NumberedLine> {
  const decoder = new TextDecoder()
  let pieces: string[] = []
  let length = 0
  let line = 0
  const take = (piece: string) => {
    length += Buffer.byteLength(piece)
    if (length > maxLength) pieces = []
    else pieces.push(piece)
  }
  const end = (): NumberedLine => {
    line++
    const ended: NumberedLine = length > maxLength ? {tooLong: length, line} : {text: withoutCarriageReturn(pieces.join('')), line}
    pieces = []
    length = 0
    return ended
  }
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, {stream: true})
    let start = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
      take(text.slice(start, at))
      start = at + 1
      yield end()
    }
    if (start < text.length) take(text.slice(start))
  }
  take(decoder.decode())
  if (length > 0) yield end()
}

/** `text` without one final `\r`. */
function withoutCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text
}
