import {describe, expect, it} from 'vitest'
import {percentSum} from '../../src/validate/percent-sum.js'
import {checkRule} from './check-rule.js'
import {makeSeedElection} from './election-factory.js'

describe('percentSum', () => {
  it('accepts 100.01 from six rows printed with two decimals', () => {
    expect(checkRule(percentSum, makeSeedElection())).toEqual([])
  })

  it('warns on the Total row when the percentages add up to more than rounding allows', () => {
    const election = makeSeedElection()
    election.candidates[0]!.percent = 61.06
    election.tables[0]!.rows[0]![2] = '61.06'
    const messages = checkRule(percentSum, election)
    expect(messages.map((message) => [message.reason, message.line])).toEqual([
      ['Expected the percentages to add up to `100`, got `110.01`', 59]
    ])
  })

  it('warns when a complete table adds up to too little', () => {
    const election = makeSeedElection()
    election.candidates[0]!.percent = 41.06
    election.tables[0]!.rows[0]![2] = '41.06'
    expect(checkRule(percentSum, election)).toHaveLength(1)
  })

  it('stays silent under 100 when the table may list only some candidates', () => {
    const election = makeSeedElection()
    election.candidates = election.candidates.slice(0, 3)
    election.totals.votes = null
    election.totals.percent = null
    expect(checkRule(percentSum, election)).toEqual([])
  })

  it('warns under 100 when the Total row states a share but no votes', () => {
    const election = makeSeedElection()
    election.candidates = election.candidates.slice(0, 3)
    election.totals.votes = null
    expect(checkRule(percentSum, election).map((message) => message.reason)).toEqual(['Expected the percentages to add up to `100`, got `90.47`'])
  })
})
