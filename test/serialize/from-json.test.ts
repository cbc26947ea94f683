import {describe, expect, test} from 'vitest'
import {ElectionReadError} from '../../src/serialize/election-read-error.js'
import {fromJson} from '../../src/serialize/from-json.js'
import {toJson} from '../../src/serialize/to-json.js'
import {election, sampleElection} from './sample-election.js'
import {replaceLast} from './replace-last.js'

/** The error `fromJson` throws on `text`. */
function readError(text: string): ElectionReadError {
  try {
    fromJson(text)
  } catch (error) {
    if (error instanceof ElectionReadError) return error
    throw error
  }
  throw new Error('Expected fromJson to throw')
}

describe('fromJson', () => {
  test('reads one election as a list of one', () => {
    expect(fromJson(toJson(sampleElection))).toEqual([sampleElection])
  })

  test('refuses a bad value, naming the path of the field', () => {
    const text = toJson(sampleElection).replace('"votes": 9093', '"votes": "many"')
    expect(() => fromJson(text)).toThrow('candidates[0].votes: expected number, got "many"')
  })

  test('refuses votes beyond 2^53 - 1, which JSON.parse would round, naming the field', () => {
    const text = toJson(sampleElection).replace('"votes": 9093', '"votes": 9007199254740993')
    expect(readError(text).problems).toEqual([
      {path: 'candidates[0].votes', reason: 'expected an integer of at most 9007199254740991 in size, which a number holds exactly, got 9007199254740992'}
    ])
  })

  test('prefixes the index of the election in an array', () => {
    const text = replaceLast(toJson([election(), election({stage: 'primary'})]), '"primary"', '"runoff"')
    const error = readError(text)
    expect(error.problems).toEqual([
      {path: '[1].stage', reason: 'expected one of "primary", "caucus", "convention", "general", got "runoff"'}
    ])
  })

  test('says a missing field got nothing', () => {
    const text = replaceLast(toJson(election()).replace('  "sourceId": null\n', '  "sourceId": null, "x": 1\n'), '"title": null,', '')
    expect(readError(text).problems).toEqual([{path: 'title', reason: 'expected string, got nothing'}])
  })

  test('says a fractional year is not an integer', () => {
    const text = replaceLast(toJson(election({year: 2004})), '2004', '2004.5')
    expect(readError(text).message).toContain('year: expected integer, got 2004.5')
  })

  test('drops keys the schema does not know and orders the rest', () => {
    const text = '{"extra": 1, ' + toJson(election({title: 'A'})).slice(1)
    expect(Object.keys(fromJson(text)[0] ?? {})).toEqual(Object.keys(JSON.parse(toJson(election())) as object))
  })

  test('lists at most five problems and counts the rest', () => {
    const error = readError('[' + Array.from({length: 7}, () => '{}').join(',') + ']')
    expect(error.problems.length).toBeGreaterThan(5)
    expect(error.message.split('\n')).toHaveLength(7)
    expect(error.message).toMatch(/and \d+ more$/)
  })

  test('refuses broken JSON with an ElectionReadError', () => {
    expect(() => fromJson('{')).toThrow(ElectionReadError)
    expect(() => fromJson('{')).toThrow(/^Invalid JSON elections: /)
  })
})
