/**
 * A YAML tag that writes exponent numbers so that YAML 1.1 reads them as floats.
 */
import type {ScalarTag} from 'yaml'

/** A number written with an exponent but no fraction dot (`1e+21`, `5e-7`). */
const exponentWithoutDot = /^(-?\d+)(e[-+]\d+)$/

/** YAML 1.2 core float with an exponent, which the tag reads back (`1.0e+21`). */
const exponentFloat = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)e[-+]?\d+$/i

/**
 * Tag for numbers that JavaScript writes with an exponent (`1e+21`, `5e-7`). YAML 1.1 reads
 * `1e+21` as a string (its floats need a dot), so they are written `1.0e+21`, `5.0e-7`,
 * which YAML 1.1 and 1.2 read as the same number. Other numbers keep the library's tags.
 */
export const yamlExponentFloat: ScalarTag = {
  identify: (value) => typeof value === 'number' && exponentWithoutDot.test(String(value)),
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: exponentFloat,
  resolve: (source) => Number(source),
  stringify: (item) => String(item.value).replace(exponentWithoutDot, '$1.0$2')
}
