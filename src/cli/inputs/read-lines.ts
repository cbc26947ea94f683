/**
 * Splitting a byte stream into lines without holding more than one line.
 */

/** A line of text and its 1-based number. */
export interface NumberedLine {
  /** The line, without `\n` or `\r\n`. */
  text: string
  /** 1-based line number. */
  line: number
}

/**
 * The lines of `chunks` decoded as UTF-8 (a BOM dropped), split on `\n` with a trailing `\r`
 * removed; a last line without `\n` still counts, an empty stream has no lines.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<NumberedLine> {
  const decoder = new TextDecoder()
  let pieces: string[] = []
  let line = 0
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, {stream: true})
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      pieces.push(text.slice(start, end))
      start = end + 1
      line++
      yield {text: withoutCarriageReturn(pieces.join('')), line}
      pieces = []
    }
    if (start < text.length) pieces.push(text.slice(start))
  }
  const rest = pieces.join('') + decoder.decode()
  if (rest !== '') yield {text: withoutCarriageReturn(rest), line: line + 1}
}

/** `text` without one final `\r`. */
function withoutCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text
}
