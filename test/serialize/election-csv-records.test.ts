import {describe, expect, test} from 'vitest'
import {electionCsvRecords} from '../../src/serialize/election-csv-records.js'
import {election, sampleElection} from './sample-election.js'

describe('electionCsvRecords', () => {
  test('gives one record per candidate, repeating the election', () => {
    const records = electionCsvRecords(sampleElection, 'nc')
    expect(records.map((record) => [record.election_id, record.candidate, record.source_line])).toEqual([
      ['nc', 'John Edwards', 10], ['nc', 'John Kerry', 11], ['nc', 'Uncommitted', 12]
    ])
    expect(records[0]).toMatchObject({jurisdiction_code: 'NC', total_votes: 14043, messages: 1, delegate_breakdown: false})
  })

  test('gives an election without candidates one record with null candidate cells', () => {
    const [record, ...rest] = electionCsvRecords(election({title: 'T'}), 't')
    expect(rest).toEqual([])
    expect(record).toMatchObject({title: 'T', candidate: null, kind: null, winner: null, delegate_breakdown: null})
  })
})
