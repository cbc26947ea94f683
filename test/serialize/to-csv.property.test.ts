import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Election} from '../../src/model/election.js'
import {fromCsv} from '../../src/serialize/from-csv.js'
import {toCsv} from '../../src/serialize/to-csv.js'
import {parse} from 'csv-parse/sync'
import {csvColumns} from '../../src/serialize/csv-columns.js'
import {electionsArbitrary, numRuns} from './property-elections.js'
import {wellFormedStrings} from './well-formed-strings.js'

/** What CSV carries of an election: no infobox, tables or messages, no positions, no lone surrogates. */
function csvView(election: Election): Election {
  return wellFormedStrings({
    ...election,
    candidates: election.candidates.map((candidate) => ({...candidate, position: null})),
    totals: {...election.totals, position: null},
    infobox: [],
    tables: [],
    messages: []
  })
}

describe('CSV round trips with hostile data', () => {
  test('CSV gives back every field it carries, with formula neutralization', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        expect(fromCsv(toCsv(input))).toEqual(input.map(csvView))
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

  test('neutralized CSV has no text cell that a spreadsheet would run', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        const rows = parse(toCsv(input), {columns: true}) as Array<Record<string, string>>
        const textCells = rows.flatMap((row) =>
          Object.entries(row).filter(([column]) => Object.entries(csvColumns).some(([name, type]) => name === column && type === 'text'))
        )
        expect(textCells.filter(([, cell]) => /^[-=+@\t\r]/.test(cell))).toEqual([])
      }),
      {numRuns}
    )
  })
})
