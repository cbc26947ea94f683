/**
 * What UTF-8 output makes of data with lone surrogates.
 */
import {toWellFormed} from '../../src/serialize/to-well-formed.js'

/** Copy `value` with lone surrogates in its strings replaced by U+FFFD. */
export function wellFormedStrings<Value>(value: Value): Value {
  if (typeof value === 'string') return toWellFormed(value) as Value
  if (Array.isArray(value)) return value.map((item: unknown) => wellFormedStrings(item)) as Value
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wellFormedStrings(item)])) as Value
}
