import {describe, expect, test} from 'vitest'
import {ElectionReadError} from '../../src/serialize/election-read-error.js'
import {fromNdjson} from '../../src/serialize/from-ndjson.js'
import {toNdjson} from '../../src/serialize/to-ndjson.js'
import {election} from './sample-election.js'
import {replaceLast} from './replace-last.js'

describe('fromNdjson', () => {
  test('names the line and the field of a bad value', () => {
    const text = toNdjson(election()) + replaceLast(toNdjson(election()), '"year":null,"stage":null,"party":null,"jurisdiction":{', '"year":"1852","stage":null,"party":null,"jurisdiction":{')
    expect(() => fromNdjson(text)).toThrow('line 2: year: expected number, got "1852"')
  })

  test('names the line of broken JSON', () => {
    expect(() => fromNdjson('{"title":\n')).toThrow(ElectionReadError)
    expect(() => fromNdjson('{"title":\n')).toThrow(/line 1: /)
  })

  test('refuses the error line of a failed record by name', () => {
    const text = toNdjson(election()) + '{"sourceId":"x","error":{"ruleId":"no-election","reason":"r"}}\n'
    expect(() => fromNdjson(text)).toThrow('line 2: expected an election, got the error line of a failed record (`no-election`)')
  })
})
