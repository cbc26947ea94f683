/**
 * Splitting a numbered infobox key into its family and number.
 */

/** A key ending in digits: `popular_vote4` -> `popular_vote`, `4`. */
const numberedKey = /^([a-z_]+)(\d+)$/

/** A key as a family and a number (`null` for unnumbered keys such as `election_name`). */
export interface SplitInfoboxKey {
  /** The key without its number (`popular_vote`). */
  family: string
  /** The number (`4`), or `null`. */
  number: number | null
}

/** Split canonical `key` into family and number: `candidate4` -> `{family: 'candidate', number: 4}`. */
export function splitInfoboxKey(key: string): SplitInfoboxKey {
  const match = numberedKey.exec(key)
  if (!match?.[1] || !match[2]) return {family: key, number: null}
  return {family: match[1], number: Number(match[2])}
}
