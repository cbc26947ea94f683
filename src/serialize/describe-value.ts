/**
 * Showing an actual value in a message.
 */

/** Longest string shown whole; longer ones are cut with an ellipsis. */
const shownLength = 40

/**
 * Show `value` as it would appear in JSON (`"many"`, `12`, `null`), with `array` and
 * `object` for containers and `nothing` for a missing value.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') {
    const shown = value.length > shownLength ? value.slice(0, shownLength) + '…' : value
    return JSON.stringify(shown)
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value)
  }
  return typeof value
}
