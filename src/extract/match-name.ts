/**
 * Match a candidate named in the infobox with a table row.
 */

/** Printable ASCII only: nothing for Unicode normalization to fold. */
const printableAscii = /^[\x20-\x7e]*$/

/** Lower case, accents and punctuation folded, for comparing names. */
export function foldName(name: string): string {
  const plain = printableAscii.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '')
  return plain
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A name folded the ways {@link nameMatch} compares it, computed once per name. */
export interface NameKey {
  /** The whole name folded (`william henry harrison of ohio`). */
  folded: string
  /** Folded without a ` of State` tail (`william henry harrison`). */
  short: string
  /** Words of `short` without generational suffixes (`jr`, `iii`). */
  words: string[]
}

/** Generational suffixes that one source writes and the other leaves out. */
const nameSuffixes: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** Fold `name` for {@link nameMatch}. */
export function nameKey(name: string): NameKey {
  const folded = foldName(name)
  const at = name.lastIndexOf(' of ')
  // A table name such as `William Henry Harrison of Ohio` loses its ` of State` tail.
  const short = at > 0 ? foldName(name.slice(0, at)) : folded
  return {folded, short, words: short.split(' ').filter((word) => word !== '' && !nameSuffixes.has(word))}
}

/** The last name: the last word that is not a suffix (`Joseph R. Biden Jr.` -> `biden`). */
export function lastName(key: NameKey): string {
  return key.words.at(-1) ?? ''
}

/**
 * How well the infobox's name matches the table's: 3 equal, 2 equal without a ` of State`
 * tail, 1 every word of the shorter name in the longer with the same last word, 0 no match.
 */
export function nameMatch(infobox: NameKey, table: NameKey): number {
  const a = infobox.folded
  const b = table.folded
  if (a === '' || b === '') return 0
  if (a === b) return 3
  if (table.short === a || infobox.short === b) return 2
  const [shorter, longer] = infobox.words.length <= table.words.length ? [infobox.words, table.words] : [table.words, infobox.words]
  if (shorter.at(-1) !== longer.at(-1)) return 0
  return shorter.every((word) => longer.includes(word)) ? 1 : 0
}
