import {describe, expect, test} from 'vitest'
import {reviseArticle} from '../../src/serialize/revise-article.js'
import {candidate, election} from './sample-election.js'

describe('reviseArticle', () => {
  test('rewrites the infobox entry of a differing contest field, or adds it', () => {
    const input = election({name: 'New name', previous: {name: 'Old race', year: 2000}, infobox: [{key: 'election_name', label: 'Election Name', value: 'Old name', position: null}]})
    const revised = reviseArticle(input, [{path: 'name', reason: ''}, {path: 'previous', reason: ''}])
    expect(revised.infobox.map((entry) => [entry.label, entry.value])).toEqual([
      ['Election Name', 'New name'], ['Previous Election', 'Old race'], ['Previous Year', '2000']
    ])
    expect(revised.tables).toEqual([])
  })

  test('replaces the main table with one built from the candidates when a figure differs', () => {
    const kept = {section: 'Results', caption: null, captionKind: null, header: [['Candidate', 'Votes']], rows: [['Ann', '5']], notes: [], position: null}
    const input = election({candidates: [candidate({name: 'Ann', votes: 7})], tables: [kept], mainTable: 0})
    const revised = reviseArticle(input, [{path: 'candidates[0].votes', reason: ''}])
    expect(revised.tables.map((table) => table.rows)).toEqual([[['Ann', '7']]])
    expect(revised.mainTable).toBe(0)
  })

  test('adds a results table and candidate entries when the election has none', () => {
    const input = election({candidates: [candidate({name: 'Ann', votes: 7, infoboxIndex: 2, color: '#00ff00'})]})
    const revised = reviseArticle(input, [{path: 'candidates[0]', reason: ''}])
    expect(revised.infobox.map((entry) => [entry.label, entry.value])).toEqual([['Candidate2', 'Ann'], ['Color2', '#00ff00']])
    expect([revised.tables.length, revised.mainTable]).toEqual([1, 0])
  })

  test('keeps the tables when only infobox-only fields differ', () => {
    const input = election({candidates: [candidate({name: 'Ann', votes: 7, infoboxIndex: 1, homeState: 'Ohio'})]})
    const revised = reviseArticle(input, [{path: 'candidates[0].homeState', reason: ''}])
    expect(revised.tables).toEqual([])
    expect(revised.infobox.map((entry) => entry.value)).toEqual(['Ann', 'Ohio'])
  })
})
