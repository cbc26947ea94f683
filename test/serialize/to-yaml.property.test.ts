import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {fromYaml} from '../../src/serialize/from-yaml.js'
import {toJson} from '../../src/serialize/to-json.js'
import {toYaml} from '../../src/serialize/to-yaml.js'
import {electionsArbitrary, numRuns} from './property-elections.js'
import {wellFormedStrings} from './well-formed-strings.js'

describe('YAML round trips with hostile data', () => {
  test('YAML gives every election back exactly (lone surrogates replaced), also read as YAML 1.1', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        const text = toYaml(input)
        const expected = wellFormedStrings(input)
        expect(fromYaml(text)).toEqual(expected)
        expect(parse(text, {version: '1.1'})).toEqual(JSON.parse(toJson(expected)))
      }),
      {numRuns}
    )
  })
})
