import {describe, expect, it} from 'vitest'
import {printedPercent} from '../../src/validate/printed-percent.js'
import {makeSeedElection} from './election-factory.js'

describe('printedPercent', () => {
  it('finds the cell as printed, trailing zero included', () => {
    const election = makeSeedElection()
    expect(printedPercent(election, election.candidates[1]!)).toBe('27.20')
  })

  it('finds the row of a name printed with a marker', () => {
    const election = makeSeedElection()
    expect(printedPercent(election, election.candidates[3]!)).toBe('5.67')
  })

  it('prefers a cell with a % sign over a count that equals the percentage', () => {
    const election = makeSeedElection()
    election.tables[0]!.rows[0] = ['John Edwards', '57', '57.00%', '57']
    expect(printedPercent(election, {...election.candidates[0]!, percent: 57})).toBe('57.00%')
  })

  it('gives null when the candidate has no row', () => {
    const election = makeSeedElection()
    expect(printedPercent(election, {...election.candidates[0]!, name: 'Joe Lieberman'})).toBeNull()
  })
})
