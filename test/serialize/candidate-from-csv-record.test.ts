import {describe, expect, test} from 'vitest'
import {candidateFromCsvRecord} from '../../src/serialize/candidate-from-csv-record.js'
import {electionCsvRecords} from '../../src/serialize/election-csv-records.js'
import {sampleElection} from './sample-election.js'

/** The first CSV record of the sample. */
function firstRecord(): ReturnType<typeof electionCsvRecords>[number] {
  const [record] = electionCsvRecords(sampleElection, 'nc')
  if (!record) throw new Error('Expected a record')
  return record
}

describe('candidateFromCsvRecord', () => {
  test('rebuilds the candidate without its position', () => {
    expect(candidateFromCsvRecord(firstRecord(), 2)).toEqual({...sampleElection.candidates[0], position: null})
  })

  test('refuses breakdown cells without a breakdown', () => {
    expect(candidateFromCsvRecord({...firstRecord(), pledged: 3}, 2)).toEqual([
      {path: 'row 2, pledged', reason: 'expected nothing without a delegate breakdown, got 3'}
    ])
  })
})
