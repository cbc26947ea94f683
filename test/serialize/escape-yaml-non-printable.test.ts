import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {escapeYamlNonPrintable} from '../../src/serialize/escape-yaml-non-printable.js'

describe('escapeYamlNonPrintable', () => {
  test('escapes YAML line breaks with their short escapes', () => {
    expect(escapeYamlNonPrintable('"a\u0085b\u2028c\u2029d"')).toBe('"a\\Nb\\Lc\\Pd"')
  })

  test('escapes DEL, C1 controls, the BOM and non-characters by code', () => {
    expect(escapeYamlNonPrintable('"\u007f\u009f\ufeff\ufffe\uffff"')).toBe('"\\x7f\\x9f\\ufeff\\ufffe\\uffff"')
  })

  test('leaves printable text alone', () => {
    expect(escapeYamlNonPrintable('name: "Évian 😀 \u200e"\n')).toBe('name: "Évian 😀 \u200e"\n')
  })

  test('writes escapes that a YAML reader turns back into the characters', () => {
    const value = 'a\u0085\u2028\u2029\u007f\u009f\ufeff\ufffeb'
    expect(parse(escapeYamlNonPrintable(JSON.stringify(value)))).toBe(value)
  })
})
