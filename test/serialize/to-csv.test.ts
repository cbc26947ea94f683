import {readFileSync} from 'node:fs'
import {parse} from 'csv-parse/sync'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {csvColumnNames} from '../../src/serialize/csv-columns.js'
import {parseElection} from '../../src/parse-election.js'
import {summaryColumnNames} from '../../src/serialize/summary-columns.js'
import {toCsv} from '../../src/serialize/to-csv.js'
import {candidate, election, sampleElection} from './sample-election.js'

const seedPath = 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md'

/** The rows of CSV text as objects keyed by header. */
function rowsOf(text: string): Array<Record<string, string>> {
  return parse(text, {columns: true}) as Array<Record<string, string>>
}

/** The published first columns, in order. */
const leadingColumns = [
  'election_id', 'title', 'date', 'year', 'stage', 'jurisdiction', 'jurisdiction_code', 'party',
  'candidate', 'kind', 'withdrawn', 'votes', 'percent', 'delegates', 'winner', 'total_votes',
  'source_file', 'source_line'
]

describe('toCsv', () => {
  test('starts its header with the published columns', () => {
    const header = toCsv(sampleElection).split('\n')[0] ?? ''
    expect(header.split(',').slice(0, leadingColumns.length)).toEqual(leadingColumns)
    expect(header.split(',')).toEqual(csvColumnNames)
  })

  test('writes one row per candidate, repeating the election', () => {
    const rows = rowsOf(toCsv(sampleElection))
    expect(rows.map((row) => row.candidate)).toEqual(['John Edwards', 'John Kerry', 'Uncommitted'])
    expect(rows.map((row) => row.election_id)).toEqual(Array(3).fill('2004-nc-democratic-caucus'))
  })

  test('writes numbers plainly, booleans as words and the row line as source_line', () => {
    const [edwards] = rowsOf(toCsv(sampleElection))
    expect(edwards).toMatchObject({votes: '9093', percent: '51.06', withdrawn: 'true', winner: 'true', source_line: '10', total_votes: '14043', messages: '1'})
  })

  test('keeps an election without candidates as one row with empty candidate columns', () => {
    const text = toCsv([election({title: 'No table'}), sampleElection])
    const rows = rowsOf(text)
    expect(rows).toHaveLength(4)
    expect(rows[0]).toMatchObject({election_id: 'no-table', title: 'No table', candidate: '', kind: '', votes: ''})
  })

  test('writes null as a bare empty cell and the empty string as ""', () => {
    const line = toCsv(election({title: '', name: null})).split('\n')[1] ?? ''
    expect(line.startsWith('election,"",,')).toBe(true)
  })

  test('prefixes text that a spreadsheet would run, and the prefix itself', () => {
    const text = toCsv(election({title: '=1+1', party: '-x', name: "'a", date: '@b', sourceFile: '+c.md'}))
    expect(rowsOf(text)[0]).toMatchObject({title: "'=1+1", party: "'-x", election_name: "''a", date: "'@b", source_file: "'+c.md"})
  })

  test('never prefixes numbers, negative ones included', () => {
    const text = toCsv(election({candidates: [candidate({name: 'A', votes: -3})]}))
    expect(rowsOf(text)[0]?.votes).toBe('-3')
  })

  test('writes text exactly when raw', () => {
    expect(rowsOf(toCsv(election({title: '=1+1'}), {raw: true}))[0]?.title).toBe('=1+1')
  })

  test('quotes a lone carriage return, which readers would take as a line end', () => {
    expect(toCsv(election({title: 'a\rb'}), {raw: true})).toContain('"a\rb"')
  })

  test('replaces a lone surrogate by U+FFFD', () => {
    expect(rowsOf(toCsv(election({title: 'a\ud800'})))[0]?.title).toBe('a\ufffd')
  })

  test('gives elections with the same slug distinct ids', () => {
    const rows = rowsOf(toCsv([election({title: 'A'}), election({title: 'a'})]))
    expect(rows.map((row) => row.election_id)).toEqual(['a', 'a-2'])
  })

  test('marks a delegate breakdown so that an all-empty one survives', () => {
    const text = toCsv(election({candidates: [candidate({name: 'A', delegateBreakdown: {pledged: null, unpledged: null, bound: null, unbound: null}})]}))
    expect(rowsOf(text)[0]?.delegate_breakdown).toBe('true')
  })
})

describe('toCsv with rows: elections', () => {
  test('writes one contest row per election under the summary columns', () => {
    const text = toCsv([sampleElection, election({title: 'No table'})], {rows: 'elections'})
    expect(text.split('\n')[0]?.split(',')).toEqual(summaryColumnNames)
    expect(rowsOf(text)).toHaveLength(2)
  })

  test('reads the seed contest: Edwards over Kerry by 4,249 votes and 23.86 points of 17,809', () => {
    const {election: seed} = parseElection(new VFile({path: 'somewhere/else.md', value: readFileSync(seedPath, 'utf8')}))
    expect(rowsOf(toCsv(seed, {rows: 'elections'}))[0]).toEqual({
      election_id: '2004-nc-democratic-caucus',
      title: '2004 North Carolina Democratic presidential caucuses',
      date: '2004-04-17',
      year: '2004',
      stage: 'caucus',
      party: 'Democratic',
      jurisdiction: 'North Carolina',
      jurisdiction_code: 'NC',
      jurisdiction_fips: '37',
      candidates: '6',
      winner: 'John Edwards',
      winner_votes: '9093',
      winner_percent: '51.06',
      winner_delegates: '57',
      runner_up: 'John Kerry',
      runner_up_votes: '4844',
      runner_up_percent: '27.2',
      margin_votes: '4249',
      margin_points: '23.86',
      total_votes: '17809',
      total_delegates: '107',
      warnings: 'stage-mismatch withdrawn-mismatch',
      source_file: 'somewhere/else.md'
    })
  })

  test('writes null margins as empty cells and no warnings as an empty string', () => {
    const text = toCsv(election({candidates: [candidate({name: 'A', votes: 1, winner: true})]}), {rows: 'elections'})
    expect(text.split('\n')[1]).toBe('election,,,,,,,,,1,A,1,,,,,,,,,,"",')
  })

  test('gives repeated contests distinct ids in input order', () => {
    const rows = rowsOf(toCsv([sampleElection, sampleElection], {rows: 'elections'}))
    expect(rows.map((row) => row.election_id)).toEqual(['2004-nc-democratic-caucus', '2004-nc-democratic-caucus-2'])
  })

  test('neutralizes formulas in contest rows too, unless raw', () => {
    const formula = election({candidates: [candidate({name: '=1+1', votes: 1, winner: true})]})
    expect(rowsOf(toCsv(formula, {rows: 'elections'}))[0]?.winner).toBe("'=1+1")
    expect(rowsOf(toCsv(formula, {rows: 'elections', raw: true}))[0]?.winner).toBe('=1+1')
  })
})
