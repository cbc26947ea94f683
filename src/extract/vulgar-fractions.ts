/**
 * Fraction signs that delegate counts are written with, and their values.
 */

/** Each sign and the fraction of a delegate it stands for (`4½` is four and a half). */
export const vulgarFractions = {
  '½': 0.5,
  '¼': 0.25,
  '¾': 0.75
} as const satisfies Record<string, number>
