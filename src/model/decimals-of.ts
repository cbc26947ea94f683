/**
 * How many decimals a number is written with.
 */

/** Digits after the point, as in `51.06` (the point and its digits are optional). */
const decimalText = /\.(\d+)/

/**
 * Count the decimals of `text` as printed (`27.20` -> 2, `100%` -> 0), or of a stored number
 * (`27.2` -> 1) when given one: a stored number has lost its trailing zeros.
 */
export function decimalsOf(text: string | number): number {
  const match = decimalText.exec(String(text))
  return match?.[1]?.length ?? 0
}
