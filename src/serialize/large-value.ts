/**
 * Telling the values worth writing in pieces from those written in one go.
 */

/**
 * Characters gathered before a piece of output is handed out: small enough to die young,
 * large enough that a sink is not called per value.
 */
export const pieceLength = 1 << 14

/** Text a writer in pieces has gathered and not yet handed out. */
export interface Gathered {
  text: string
}

/**
 * Objects and arrays of at most this many values are written by the serializer in one call,
 * which is much faster than walking them; larger ones (an election's candidates, a raw
 * table's rows) are walked, so that no piece holds more than one small value past
 * `pieceLength`.
 */
const smallValues = 64

/** Whether `value` is an object or array of more than `smallValues` values, counted down to its leaves. */
export function isLargeValue(value: unknown): value is object {
  return typeof value === 'object' && value !== null && countValues(value, smallValues + 1) > smallValues
}

/** Values in `value` and below it, counting no further than `limit`. */
function countValues(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 1
  let count = 1
  for (const item of Object.values(value)) {
    count += countValues(item, limit - count)
    if (count >= limit) return count
  }
  return count
}
