import {describe, expect, test} from 'vitest'
import {fromNdjson} from '../../src/serialize/from-ndjson.js'
import {toNdjson} from '../../src/serialize/to-ndjson.js'
import {election, sampleElection} from './sample-election.js'

describe('toNdjson', () => {
  test('writes one election per line', () => {
    const lines = toNdjson([sampleElection, election({title: 'B'})]).split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({title: 'B'})
  })

  test('writes nothing for no elections', () => {
    expect(toNdjson([])).toBe('')
  })

  test('escapes U+2028 and U+2029 so that a line splitter cannot break an election', () => {
    const text = toNdjson(election({title: 'a\u2028b\u2029c'}))
    expect(text).toBe(text.replace(/[\u2028\u2029]/g, ''))
    expect(text).toContain('a\\u2028b\\u2029c')
    expect(fromNdjson(text)[0]?.title).toBe('a\u2028b\u2029c')
  })

  test('is read back by fromNdjson unchanged, blank lines and CRLF included', () => {
    const text = toNdjson([sampleElection, election()])
    expect(fromNdjson(text)).toEqual([sampleElection, election()])
    expect(fromNdjson(text.replaceAll('\n', '\r\n\r\n'))).toEqual([sampleElection, election()])
  })
})
