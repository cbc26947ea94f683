import {describe, expect, test} from 'vitest'
import {ElectionReadError} from '../../src/serialize/election-read-error.js'
import {fromCsv} from '../../src/serialize/from-csv.js'
import {toCsv} from '../../src/serialize/to-csv.js'
import {candidate, election, sampleElection} from './sample-election.js'

/** The problems of the error `fromCsv` throws on `text`. */
function problemsOf(text: string): ElectionReadError['problems'] {
  try {
    fromCsv(text)
  } catch (error) {
    if (error instanceof ElectionReadError) return error.problems
    throw error
  }
  throw new Error('Expected fromCsv to throw')
}

describe('fromCsv', () => {
  test('gives back what CSV carries: no infobox, tables, messages or positions', () => {
    const [read] = fromCsv(toCsv(sampleElection))
    expect(read?.candidates.map((row) => row.votes)).toEqual([9093, 4844, 106])
    expect(read).toMatchObject({title: sampleElection.title, infobox: [], tables: [], messages: [], totals: {votes: 14043, position: null}})
    expect(read?.candidates[0]?.position).toBeNull()
  })

  test('keeps null apart from the empty string', () => {
    const [read] = fromCsv(toCsv(election({title: '', name: null})))
    expect(read?.title).toBe('')
    expect(read?.name).toBeNull()
  })

  test('keeps number-like text as text', () => {
    const [read] = fromCsv(toCsv(election({title: '0123', date: '2004-04-17', party: '1e3', jurisdiction: {name: 'true', code: null, fips: '037'}})))
    expect(read).toMatchObject({title: '0123', date: '2004-04-17', party: '1e3', jurisdiction: {name: 'true', fips: '037'}})
  })

  test('undoes formula neutralization', () => {
    const [read] = fromCsv(toCsv(election({title: '=1+1', name: "'a"})))
    expect(read).toMatchObject({title: '=1+1', name: "'a"})
  })

  test('keeps an all-empty delegate breakdown apart from none', () => {
    const breakdown = {pledged: null, unpledged: null, bound: null, unbound: null}
    const [read] = fromCsv(toCsv(election({candidates: [candidate({name: 'A', delegateBreakdown: breakdown}), candidate({name: 'B'})]})))
    expect(read?.candidates.map((row) => row.delegateBreakdown)).toEqual([breakdown, null])
  })

  test('reads two elections with the same title as two', () => {
    const elections = [election({title: 'A', candidates: [candidate({name: 'X'})]}), election({title: 'A', candidates: [candidate({name: 'Y'})]})]
    expect(fromCsv(toCsv(elections))).toEqual(elections)
  })

  test('reads a header alone as no elections, and empty text too', () => {
    expect(fromCsv(toCsv([]))).toEqual([])
    expect(fromCsv('')).toEqual([])
  })

  test('refuses a bad number, naming the row and the column', () => {
    const text = toCsv(sampleElection).replace(',9093,', ',many,')
    expect(() => fromCsv(text)).toThrow('row 2, votes: expected integer, got "many"')
  })

  test('refuses votes beyond 2^53 - 1 rather than rounding them, naming the row and the column', () => {
    const text = toCsv(sampleElection).replace(',9093,', ',9007199254740993,')
    expect(problemsOf(text)).toEqual([{path: 'row 2, votes', reason: 'expected an integer of at most 9007199254740991 in size, which a number holds exactly, got "9007199254740993"'}])
  })

  test('refuses thousands separators rather than guessing', () => {
    const text = toCsv(sampleElection).replace(',9093,', ',"9,093",')
    expect(problemsOf(text)).toEqual([{path: 'row 2, votes', reason: 'expected integer, got "9,093"'}])
  })

  test('refuses an unknown kind and a missing boolean', () => {
    const text = toCsv(sampleElection).replace(',candidate,true,', ',person,,')
    expect(problemsOf(text)).toEqual([
      {path: 'row 2, kind', reason: 'expected one of "candidate", "uncommitted", "write-in", "other", got "person"'},
      {path: 'row 2, withdrawn', reason: 'expected boolean, got nothing'}
    ])
  })

  test('refuses rows of one election that disagree on the election', () => {
    const text = toCsv(sampleElection).replace('Democratic,John Kerry', 'Republican,John Kerry')
    expect(problemsOf(text)[0]?.path).toBe('row 3, party')
  })

  test('refuses a header without a known column', () => {
    const text = toCsv(sampleElection).replace('total_votes,', 'total,')
    expect(problemsOf(text)).toEqual([{path: 'header', reason: 'expected a `total_votes` column, got none'}])
  })

  test('refuses broken CSV with an ElectionReadError', () => {
    expect(() => fromCsv('a,"b\n')).toThrow(ElectionReadError)
  })

  test('finds columns by name, in any order', () => {
    const [header = '', ...rows] = toCsv(sampleElection).trimEnd().split('\n')
    const swap = (line: string): string => {
      const cells = line.split(',')
      return [cells[1], cells[0], ...cells.slice(2)].join(',')
    }
    const text = [swap(header), ...rows.map(swap)].join('\n')
    expect(fromCsv(text)).toEqual(fromCsv(toCsv(sampleElection)))
  })
})
