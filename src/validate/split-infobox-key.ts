/**
 * Splitting a numbered infobox key into its family and number.
 */
import {splitNumberedKey} from '../extract/split-numbered-key.js'

/** A key as a family and a number (`null` for unnumbered keys such as `election_name`). */
export interface SplitInfoboxKey {
  /** The key without its number (`popular_vote`). */
  family: string
  /** The number (`4`), or `null`. */
  number: number | null
}

/** Split canonical `key` into family and number: `candidate4` -> `{family: 'candidate', number: 4}`. */
export function splitInfoboxKey(key: string): SplitInfoboxKey {
  const numbered = splitNumberedKey(key)
  return numbered ? {family: numbered[0], number: numbered[1]} : {family: key, number: null}
}
