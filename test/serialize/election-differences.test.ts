import {describe, expect, test} from 'vitest'
import {electionDifferences} from '../../src/serialize/election-differences.js'
import {candidate, election, sampleElection} from './sample-election.js'

describe('electionDifferences', () => {
  test('finds none between an election and itself without positions, infobox or tables', () => {
    expect(electionDifferences(sampleElection, {...sampleElection, infobox: [], tables: [], messages: [], mainTable: null})).toEqual([])
  })

  test('names each differing contest field, candidate field and the totals', () => {
    const expected = election({name: 'A', candidates: [candidate({name: 'Ann', votes: 5})]})
    const actual = election({name: null, candidates: [candidate({name: 'Ann', votes: 6}), candidate({name: 'Bo'})]})
    expect(electionDifferences(expected, {...actual, totals: {...actual.totals, votes: 11}})).toEqual([
      {path: 'name', reason: 'expected "A" to read back, got null'},
      {path: 'candidates[0].votes', reason: 'expected 5 to read back, got 6'},
      {path: 'candidates[1]', reason: 'expected nothing to read back, got "Bo"'},
      {path: 'totals', reason: 'expected {"votes":null,"percent":null,"delegates":null,"electoralVotes":null} to read back, got {"votes":11,"percent":null,"delegates":null,"electoralVotes":null}'}
    ])
  })
})
