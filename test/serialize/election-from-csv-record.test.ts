import {describe, expect, test} from 'vitest'
import {electionCsvRecords} from '../../src/serialize/election-csv-records.js'
import {electionFromCsvRecord} from '../../src/serialize/election-from-csv-record.js'
import {sampleElection} from './sample-election.js'

describe('electionFromCsvRecord', () => {
  test('rebuilds the election fields, leaving what CSV does not carry empty', () => {
    const [record] = electionCsvRecords(sampleElection, 'nc')
    const rebuilt = record ? electionFromCsvRecord(record, [], 2) : []
    expect(rebuilt).toMatchObject({title: sampleElection.title, jurisdiction: sampleElection.jurisdiction, infobox: [], tables: [], messages: [], candidates: []})
  })

  test('refuses an unknown stage', () => {
    const [record] = electionCsvRecords(sampleElection, 'nc')
    const rebuilt = record ? electionFromCsvRecord({...record, stage: 'runoff'}, [], 5) : []
    expect(rebuilt).toEqual([{path: 'row 5, stage', reason: 'expected one of "primary", "caucus", "convention", "general", got "runoff"'}])
  })
})
