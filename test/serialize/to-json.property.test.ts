import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {fromJson} from '../../src/serialize/from-json.js'
import {fromNdjson} from '../../src/serialize/from-ndjson.js'
import {toJson} from '../../src/serialize/to-json.js'
import {toNdjson} from '../../src/serialize/to-ndjson.js'
import {electionsArbitrary, numRuns} from './property-elections.js'

describe('JSON round trips with hostile data', () => {
  test('JSON gives every election back exactly', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        expect(fromJson(toJson(input))).toEqual(input)
      }),
      {numRuns}
    )
  })

  test('NDJSON gives every election back exactly', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        expect(fromNdjson(toNdjson(input))).toEqual(input)
      }),
      {numRuns}
    )
  })
})
