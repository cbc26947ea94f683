/**
 * The text the parser reads: the article with the encoding's accidents taken out.
 */

/** A byte order mark at the start of the text. */
const byteOrderMark = '\uFEFF'

/** A Windows (`\r\n`) or classic Mac (`\r`) line ending. */
const otherLineEnding = /\r\n?/g

/** NUL, which CommonMark reads as U+FFFD. */
const nul = /\0/g

/** No-break spaces: U+00A0 (`&nbsp;`), U+2007 figure space, U+202F narrow no-break space. */
const noBreakSpace = /[\u00a0\u2007\u202f]/g

/**
 * Normalize `text` so that its encoding variants read as the same article: drop a leading
 * BOM, end lines with `\n`, read NUL as U+FFFD and no-break spaces as spaces
 * (`John&nbsp;Kerry` is `John Kerry`).
 *
 * Every line keeps its number and every character its column, except that line 1 loses the
 * BOM's column: columns are those an editor shows, which does not count a BOM.
 */
export function normalizeText(text: string): string {
  const withoutMark = text.startsWith(byteOrderMark) ? text.slice(byteOrderMark.length) : text
  return withoutMark.replace(otherLineEnding, '\n').replace(nul, '\uFFFD').replace(noBreakSpace, ' ')
}
