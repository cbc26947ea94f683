/**
 * The reason given for an integer too large to read exactly.
 */

/**
 * `expected an integer of at most 9007199254740991 in size, ..., got <actual>`: beyond
 * `Number.MAX_SAFE_INTEGER` a number is rounded (`9007199254740993` reads as `...992`), so
 * the readers refuse it instead.
 */
export function unsafeIntegerReason(actual: string): string {
  return `expected an integer of at most ${Number.MAX_SAFE_INTEGER} in size, which a number holds exactly, got ${actual}`
}
