import {parse} from 'csv-parse/sync'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {quotedFields} from '../../src/serialize/quoted-fields.js'
import {toCsv} from '../../src/serialize/to-csv.js'
import {electionArbitrary} from './election-arbitrary.js'
import {numRuns} from './property-elections.js'

/** Each cell's text and quoting, from csv-parse's own `cast` hook. */
function castCells(text: string): Array<Array<[string, boolean]>> {
  const rows: unknown = parse(text, {bom: true, skip_empty_lines: true, cast: (value, context): [string, boolean] => [value, context.quoting]})
  return rows as Array<Array<[string, boolean]>>
}

/** Each cell's text and quoting, from the raw records and `quotedFields`. */
function rawCells(text: string): Array<Array<[string, boolean]>> {
  const records: unknown = parse(text, {bom: true, skip_empty_lines: true, raw: true})
  return (records as Array<{record: string[]; raw: string}>).map(({record, raw}) => {
    const quoted = quotedFields(raw)
    return record.map((cell, at): [string, boolean] => [cell, quoted[at] ?? false])
  })
}

describe('quotedFields', () => {
  test('tells quoted fields, commas and doubled quotes inside them included', () => {
    expect(quotedFields('a,"",b\n')).toEqual([false, true, false])
    expect(quotedFields('"x,y","a""b",\r\n')).toEqual([true, true, false])
    expect(quotedFields('\n\n"",')).toEqual([true, false])
  })

  test('agrees with csv-parse\'s cast hook on every CSV that toCsv writes', () => {
    fc.assert(
      fc.property(fc.array(electionArbitrary, {maxLength: 3}), (elections) => {
        const text = toCsv(elections)
        expect(rawCells(text)).toEqual(castCells(text))
      }),
      {numRuns}
    )
  })
})
