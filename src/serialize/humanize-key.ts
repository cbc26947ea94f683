/**
 * Turning a canonical infobox key back into a label.
 */

/**
 * A label for `key`: words split at `_`, each capitalized (`popular_vote1` ->
 * `Popular Vote1`, `election_date` -> `Election Date`).
 */
export function humanizeKey(key: string): string {
  return key
    .split('_')
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}
