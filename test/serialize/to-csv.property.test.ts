import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Election} from '../../src/model/election.js'
import {withSummary} from '../../src/model/summarize-election.js'
import {fromCsv} from '../../src/serialize/from-csv.js'
import {toCsv} from '../../src/serialize/to-csv.js'
import {parse} from 'csv-parse/sync'
import {csvColumns} from '../../src/serialize/csv-columns.js'
import {electionsArbitrary, numRuns} from './property-elections.js'
import {wellFormedStrings} from './well-formed-strings.js'

/**
 * What CSV carries of an election: no infobox, tables or messages, no positions, no lone
 * surrogates; the summary derived from that.
 */
function csvView(election: Election): Election {
  return withSummary(wellFormedStrings({
    ...election,
    candidates: election.candidates.map((candidate) => ({...candidate, position: null})),
    totals: {...election.totals, position: null},
    infobox: [],
    tables: [],
    messages: []
  }))
}

/** Names of the text columns. */
const textColumns = new Set(Object.entries(csvColumns).filter(([, type]) => type === 'text').map(([name]) => name))

/** Text cells of CSV `text` that start like a formula (numbers such as `-3` are not text). */
function formulaCells(text: string): string[] {
  const rows = parse(text, {columns: true}) as Array<Record<string, string>>
  return rows.flatMap((row) =>
    Object.entries(row)
      .filter(([column, cell]) => textColumns.has(column) && /^[-=+@\t\r]/.test(cell))
      .map(([, cell]) => cell)
  )
}

describe('CSV round trips with hostile data', () => {
  test('CSV gives back every field it carries, with formula neutralization, and no cell a spreadsheet would run', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        const text = toCsv(input)
        expect(fromCsv(text)).toEqual(input.map(csvView))
        expect(formulaCells(text)).toEqual([])
      }),
      {numRuns}
    )
  })

  test('raw CSV gives back every field it carries', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        expect(fromCsv(toCsv(input, {raw: true}), {raw: true})).toEqual(input.map(csvView))
      }),
      {numRuns}
    )
  })
})
