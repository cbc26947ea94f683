/**
 * Adding up the figures a table prints, skipping the cells it leaves empty.
 */

/** Sum the non-null `values`, or `null` when every value is null. */
export function sumOf(values: ReadonlyArray<number | null>): number | null {
  let sum: number | null = null
  for (const value of values) {
    if (value !== null) sum = (sum ?? 0) + value
  }
  return sum
}
