import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {fromYaml} from '../../src/serialize/from-yaml.js'
import {toJson} from '../../src/serialize/to-json.js'
import {toYaml} from '../../src/serialize/to-yaml.js'
import {electionsArbitrary, numRuns} from './property-elections.js'
import {wellFormedStrings} from './well-formed-strings.js'

/** A one-election YAML document as an entry of a sequence. */
function sequenceItem(text: string): string {
  return '- ' + text.slice(0, -1).replaceAll('\n', '\n  ') + '\n'
}

describe('YAML round trips with hostile data', () => {
  test('YAML gives every election back exactly (lone surrogates replaced), also read as YAML 1.1, and lists are single elections indented', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        const text = toYaml(input)
        const expected = wellFormedStrings(input)
        expect(fromYaml(text)).toEqual(expected)
        expect(parse(text, {version: '1.1'})).toEqual(JSON.parse(toJson(expected)))
        // The CLI builds lists from single elections this way: no scalar spans lines.
        expect(text).toBe(input.map((election) => sequenceItem(toYaml(election))).join(''))
      }),
      {numRuns}
    )
  })
})
