/**
 * Match a candidate named in the infobox with a table row.
 */

/** Lower case, accents and punctuation folded, for comparing names. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Generational suffixes that one source writes and the other leaves out. */
const nameSuffixes: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** The words of a folded name without generational suffixes. */
function nameWords(name: string): string[] {
  return foldName(withoutHomeState(name)).split(' ').filter((word) => word !== '' && !nameSuffixes.has(word))
}

/** The last name: the last word that is not a suffix (`Joseph R. Biden Jr.` -> `biden`). */
export function lastName(name: string): string {
  return nameWords(name).at(-1) ?? ''
}

/** A table name such as `William Henry Harrison of Ohio` without its ` of State` tail. */
function withoutHomeState(name: string): string {
  const at = name.lastIndexOf(' of ')
  return at > 0 ? name.slice(0, at) : name
}

/**
 * How well `infoboxName` matches `tableName`: 3 equal, 2 equal without a ` of State` tail,
 * 1 every word of the shorter name in the longer with the same last word, 0 no match.
 */
export function nameMatch(infoboxName: string, tableName: string): number {
  const a = foldName(infoboxName)
  const b = foldName(tableName)
  if (a === '' || b === '') return 0
  if (a === b) return 3
  if (foldName(withoutHomeState(tableName)) === a || foldName(withoutHomeState(infoboxName)) === b) return 2
  const wordsA = nameWords(infoboxName)
  const wordsB = nameWords(tableName)
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA]
  if (shorter.at(-1) !== longer.at(-1)) return 0
  return shorter.every((word) => longer.includes(word)) ? 1 : 0
}
