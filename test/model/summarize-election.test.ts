import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {summarizeElection} from '../../src/model/summarize-election.js'
import {parseElection} from '../../src/parse-election.js'
import {candidateWith as candidate, electionWith as election} from '../factories.js'

const seedPath = 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md'

describe('summarizeElection', () => {
  test('reads the seed contest: Edwards over Kerry by 4,249 votes and 23.86 points of 17,809', () => {
    const {summary} = parseElection(readFileSync(seedPath, 'utf8')).election
    expect(summary).toMatchObject({
      electionId: '2004-nc-democratic-caucus',
      date: '2004-04-17',
      stage: 'caucus',
      party: 'Democratic',
      jurisdictionCode: 'NC',
      candidates: 6,
      winner: 'John Edwards',
      winnerVotes: 9093,
      winnerPercent: 51.06,
      winnerDelegates: 57,
      runnerUp: 'John Kerry',
      runnerUpVotes: 4844,
      runnerUpPercent: 27.2,
      marginVotes: 4249,
      marginPoints: 23.86,
      totalVotes: 17809,
      totalDelegates: 107
    })
    expect(summary.warnings).toEqual(['stage-mismatch', 'withdrawn-mismatch'])
  })

  test('has no runner-up and no margins with one candidate', () => {
    const summary = summarizeElection(election({candidates: [candidate({name: 'A', votes: 10, percent: 100, winner: true})]}))
    expect(summary).toMatchObject({winner: 'A', runnerUp: null, marginVotes: null, marginPoints: null, candidates: 1})
  })

  test('never places an Uncommitted row second', () => {
    const candidates = [
      candidate({name: 'A', votes: 50, percent: 50, winner: true}),
      candidate({name: 'Uncommitted', kind: 'uncommitted', votes: 40, percent: 40}),
      candidate({name: 'B', votes: 10, percent: 10})
    ]
    expect(summarizeElection(election({candidates}))).toMatchObject({runnerUp: 'B', marginVotes: 40, marginPoints: 40})
  })

  test('ranks by delegates where no candidate has votes', () => {
    const candidates = [
      candidate({name: 'A', delegates: 3}),
      candidate({name: 'B', delegates: 9, winner: true}),
      candidate({name: 'C', delegates: 5})
    ]
    expect(summarizeElection(election({candidates}))).toMatchObject({winner: 'B', winnerDelegates: 9, runnerUp: 'C', marginVotes: null})
  })

  test('places the other leader second in a tie, with a margin of 0', () => {
    const candidates = [candidate({name: 'A', votes: 5, percent: 50, winner: true}), candidate({name: 'B', votes: 5, percent: 50, winner: true})]
    expect(summarizeElection(election({candidates}))).toMatchObject({winner: 'A', runnerUp: 'B', marginVotes: 0, marginPoints: 0})
  })

  test('leaves the points margin null when a percent is missing, the votes margin stays', () => {
    const candidates = [candidate({name: 'A', votes: 7, percent: 70, winner: true}), candidate({name: 'B', votes: 3})]
    expect(summarizeElection(election({candidates}))).toMatchObject({marginVotes: 4, marginPoints: null})
  })

  test('rounds the points margin to the decimals printed, never to float noise', () => {
    const candidates = [candidate({name: 'A', percent: 0.3, votes: 2, winner: true}), candidate({name: 'B', percent: 0.1, votes: 1})]
    expect(summarizeElection(election({candidates})).marginPoints).toBe(0.2)
  })

  test('has no winner where no row is marked', () => {
    expect(summarizeElection(election({candidates: [candidate({name: 'A'})]}))).toMatchObject({winner: null, runnerUp: null, candidates: 1})
  })

  test('lists each warning and error rule once, and no info', () => {
    const message = {reason: 'x', line: null, column: null, endLine: null, endColumn: null}
    const messages = [
      {...message, ruleId: 'a', severity: 'warning'},
      {...message, ruleId: 'b', severity: 'info'},
      {...message, ruleId: 'c', severity: 'error'},
      {...message, ruleId: 'a', severity: 'warning'}
    ] as const
    expect(summarizeElection(election({messages: [...messages]})).warnings).toEqual(['a', 'c'])
  })
})
