import {describe, expect, test} from 'vitest'
import type {Election} from '../../src/model/election.js'
import {fromJson} from '../../src/serialize/from-json.js'
import {toJson} from '../../src/serialize/to-json.js'
import {election, sampleElection} from './sample-election.js'

describe('toJson', () => {
  test('writes one election as a 2-space object with a final newline', () => {
    const text = toJson(election({title: 'A'}))
    expect(text.startsWith('{\n  "summary": {\n    "electionId": "a",\n    "title": "A",\n')).toBe(true)
    expect(text).toContain('\n  },\n  "title": "A",\n  "name": null,\n')
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).not.toContain('\r')
  })

  test('writes several elections as an array', () => {
    const parsed: unknown = JSON.parse(toJson([election({title: 'A'}), election({title: 'B'})]))
    expect(Array.isArray(parsed)).toBe(true)
    expect(parsed).toHaveLength(2)
  })

  test('writes a list as each election indented by two spaces, so a list can be built from single elections', () => {
    const item = (text: string): string => '  ' + text.slice(0, -1).replaceAll('\n', '\n  ')
    const second = election({title: 'B'})
    expect(toJson([sampleElection, second])).toBe('[\n' + item(toJson(sampleElection)) + ',\n' + item(toJson(second)) + '\n]\n')
  })

  test('puts keys in schema order whatever order the data had', () => {
    const shuffled = Object.fromEntries(Object.entries(sampleElection).reverse()) as Election
    expect(toJson(shuffled)).toBe(toJson(sampleElection))
    expect(Object.keys(JSON.parse(toJson(shuffled)) as object).slice(0, 3)).toEqual(['summary', 'title', 'name'])
  })

  test('writes numbers as plain numbers', () => {
    expect(toJson(sampleElection)).toContain('"votes": 9093,')
    expect(toJson(sampleElection)).toContain('"percent": 51.06,')
  })

  test('escapes a lone surrogate so that it reads back', () => {
    const text = toJson(election({title: 'a\uD800b'}))
    expect(text).toContain('"a\\ud800b"')
    expect(fromJson(text)[0]?.title).toBe('a\uD800b')
  })

  test('is read back by fromJson unchanged', () => {
    expect(fromJson(toJson(sampleElection))).toEqual([sampleElection])
    expect(fromJson(toJson([sampleElection, election()]))).toEqual([sampleElection, election()])
  })
})
