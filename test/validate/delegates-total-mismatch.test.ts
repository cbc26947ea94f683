import {describe, expect, it} from 'vitest'
import {delegatesTotalMismatch} from '../../src/validate/delegates-total-mismatch.js'
import {checkRule} from './check-rule.js'
import {makeSeedElection} from './election-factory.js'

describe('delegatesTotalMismatch', () => {
  it('stays silent when the rows add up to the Total row', () => {
    expect(checkRule(delegatesTotalMismatch, makeSeedElection())).toEqual([])
  })

  it('warns on the Total row when the delegates do not add up', () => {
    const election = makeSeedElection()
    election.totals.delegates = 110
    const messages = checkRule(delegatesTotalMismatch, election)
    expect(messages.map((message) => [message.reason, message.line])).toEqual([
      ["Expected the Total row's delegates to equal the rows' sum `107`, got `110`", 59]
    ])
  })

  it('skips rows without a delegate figure', () => {
    const election = makeSeedElection()
    election.candidates[3]!.delegates = null
    expect(checkRule(delegatesTotalMismatch, election)).toEqual([])
  })
})
