import {describe, expect, test} from 'vitest'
import {ElectionReadError} from '../../src/serialize/election-read-error.js'
import {fromNdjson} from '../../src/serialize/from-ndjson.js'
import {toNdjson} from '../../src/serialize/to-ndjson.js'
import {election} from './sample-election.js'

describe('fromNdjson', () => {
  test('names the line and the field of a bad value', () => {
    const text = toNdjson(election()) + toNdjson(election()).replace('"year":null', '"year":"1852"')
    expect(() => fromNdjson(text)).toThrow('line 2: year: expected number, got "1852"')
  })

  test('names the line of broken JSON', () => {
    expect(() => fromNdjson('{"title":\n')).toThrow(ElectionReadError)
    expect(() => fromNdjson('{"title":\n')).toThrow(/line 1: /)
  })
})
