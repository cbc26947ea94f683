import {describe, expect, test} from 'vitest'
import {parse, stringify} from 'yaml'
import {yamlExponentFloat} from '../../src/serialize/yaml-exponent-float.js'

/** `value` written with the tag in front of the library's own. */
function write(value: unknown): string {
  return stringify(value, {customTags: (tags) => [yamlExponentFloat, ...tags]})
}

describe('yamlExponentFloat', () => {
  test('gives exponent numbers a dot so that YAML 1.1 reads a float', () => {
    expect(write([1e21, 5e-7, -1.5e-7, -2e300])).toBe('- 1.0e+21\n- 5.0e-7\n- -1.5e-7\n- -2.0e+300\n')
  })

  test('leaves other numbers to the library', () => {
    expect(write([9093, 51.06, -3, 0, 12345678901234567000])).toBe('- 9093\n- 51.06\n- -3\n- 0\n- 12345678901234567000\n')
  })

  test('writes numbers a YAML 1.2 reader gives back unchanged', () => {
    const values = [1e21, 5e-7, -1.5e-7, 5e-324, 1.7976931348623157e308]
    expect(parse(write(values))).toEqual(values)
  })
})
