import {describe, expect, it} from 'vitest'
import {percentMismatch} from '../../src/validate/percent-mismatch.js'
import {checkRule} from './check-rule.js'
import {makeSeedElection} from './election-factory.js'

describe('percentMismatch', () => {
  it('accepts 27.20 for 4844 of 17809 (27.1997...) within half a unit of the printed decimal', () => {
    expect(checkRule(percentMismatch, makeSeedElection())).toEqual([])
  })

  it('warns on the row whose percentage is off by more than its rounding', () => {
    const election = makeSeedElection()
    election.candidates[1]!.percent = 27.5
    election.tables[0]!.rows[1]![2] = '27.50'
    const messages = checkRule(percentMismatch, election)
    expect(messages.map((message) => [message.severity, message.reason, message.line])).toEqual([
      ['warning', 'Expected the percentage of `John Kerry` to be `27.20` (4844 of 17809 votes), got `27.50`', 54]
    ])
  })

  it('holds two printed decimals to 0.005 even though the model keeps 42.45', () => {
    // American Samoa 2008: 121 of 285 is 42.456, printed 42.45.
    const election = makeSeedElection()
    election.candidates = election.candidates.slice(0, 1).map((candidate) => ({...candidate, votes: 121, percent: 42.45}))
    election.tables[0]!.rows = [['John Edwards', '121', '42.45%', '57']]
    election.totals.votes = 285
    expect(checkRule(percentMismatch, election)).toHaveLength(1)
  })

  it('allows more slack to a percentage printed with one decimal', () => {
    const election = makeSeedElection()
    election.candidates[1]!.percent = 27.2
    election.tables[0]!.rows[1]![2] = '27.2%'
    expect(checkRule(percentMismatch, election)).toEqual([])
  })

  it('accepts a figure rounded twice (3.2466 -> 3.25 -> 3.3), as Virginia 2004 prints', () => {
    const election = makeSeedElection()
    election.candidates = [{...election.candidates[0]!, votes: 12864, percent: 3.3}]
    election.tables[0]!.rows = [['John Edwards', '12,864', '3.3%', '0']]
    election.totals.votes = 396223
    expect(checkRule(percentMismatch, election)).toEqual([])
  })

  it('accepts percentages computed from the rows when the Total row is misprinted', () => {
    const election = makeSeedElection()
    election.totals.votes = 17909
    expect(checkRule(percentMismatch, election)).toEqual([])
  })

  it('stays silent without a Total row, as the table may list only some candidates', () => {
    const election = makeSeedElection()
    election.totals.votes = null
    election.totals.percent = null
    election.candidates[1]!.percent = 30
    expect(checkRule(percentMismatch, election)).toEqual([])
  })

  it('takes the rows\' sum as the total when the Total row states a share but no votes', () => {
    const election = makeSeedElection()
    election.totals.votes = null
    election.candidates[1]!.percent = 30
    expect(checkRule(percentMismatch, election).map((message) => message.reason)).toEqual([
      'Expected the percentage of `John Kerry` to be `27` (4844 of 17809 votes), got `30`'
    ])
  })
})
