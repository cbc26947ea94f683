import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {isYamlPlainSafe} from '../../src/serialize/is-yaml-plain-safe.js'
import {hostileString, hostileStrings} from './election-arbitrary.js'
import {implicitTypesOf} from './yaml-1-1-resolvers.js'

describe('isYamlPlainSafe', () => {
  test('allows names that start with a letter', () => {
    expect(isYamlPlainSafe('John Edwards')).toBe(true)
    expect(isYamlPlainSafe('Évian, (withdrawn)')).toBe(true)
  })

  test.each(['no', 'No', 'yes', 'y', 'N', 'on', 'OFF', 'true', 'Null', '~', '', '2004-04-17', '0123', '1:30', '1_000', '.5', '0x1F', '=', '<<', '.inf', 'e9', 'E+5'])(
    'refuses %j, which a YAML 1.1 or 1.2 reader takes for another type',
    (value) => {
      expect(isYamlPlainSafe(value)).toBe(false)
    }
  )

  test('refuses control characters, line separators, bidi marks and trailing space', () => {
    for (const value of ['a\tb', 'a\nb', 'a\u2028b', 'a\u0085b', 'a\u200eb', 'a\ufeffb', 'ab ', 'a\ud800']) {
      expect(isYamlPlainSafe(value)).toBe(false)
    }
  })

  test('never allows a hostile string that a YAML 1.1 or 1.2 resolver would claim', () => {
    for (const value of hostileStrings) {
      if (isYamlPlainSafe(value)) expect(implicitTypesOf(value)).toEqual([])
    }
  })

  test('never allows a string that a YAML 1.1 or 1.2 resolver would claim (property)', () => {
    const candidates = fc.oneof(hostileString, fc.stringMatching(/^[\w .:+-]{1,8}$/))
    fc.assert(
      fc.property(candidates, (value) => !isYamlPlainSafe(value) || implicitTypesOf(value).length === 0),
      {numRuns: 1000}
    )
  })
})
