/**
 * Character codes the parse plugins compare against, named once (as micromark's `codes`).
 *
 * The plugins scan lines with `charCodeAt` rather than slicing strings, so that long input
 * allocates nothing per character; these names keep those comparisons readable.
 */
export const codes = {
  /** `\t` */
  horizontalTab: 9,
  /** `\n` */
  lineFeed: 10,
  /** `\r` */
  carriageReturn: 13,
  /** ` ` */
  space: 32,
  /** `-` */
  dash: 45,
  /** `:` */
  colon: 58,
  /** `|` */
  verticalBar: 124,
  /** U+00A0 NO-BREAK SPACE */
  noBreakSpace: 0xa0,
  /** U+FEFF, a byte order mark at the start of a text */
  byteOrderMarker: 0xfeff
} as const
