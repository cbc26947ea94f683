import {describe, expect, it} from 'vitest'
import {delegatesBreakdownMismatch} from '../../src/validate/delegates-breakdown-mismatch.js'
import {checkRule} from './check-rule.js'
import {makeSeedElection} from './election-factory.js'

describe('delegatesBreakdownMismatch', () => {
  it('stays silent when 90 pledged and 17 unpledged make the 107 at stake and the table totals 107', () => {
    expect(checkRule(delegatesBreakdownMismatch, makeSeedElection())).toEqual([])
  })

  it('warns on the Votes For Election line when its split does not add up', () => {
    const election = makeSeedElection()
    election.delegates.unpledged = 15
    const messages = checkRule(delegatesBreakdownMismatch, election)
    expect(messages.map((message) => [message.reason, message.line])).toEqual([
      ['Expected the delegates at stake to equal pledged plus unpledged `105`, got `107`', 14]
    ])
  })

  it('accepts a Total row that counts only the pledged delegates', () => {
    const election = makeSeedElection()
    election.totals.delegates = 90
    expect(checkRule(delegatesBreakdownMismatch, election)).toEqual([])
  })

  it('warns on the Total row when it counts neither all nor the pledged delegates', () => {
    const election = makeSeedElection()
    election.totals.delegates = 100
    const messages = checkRule(delegatesBreakdownMismatch, election)
    expect(messages.map((message) => [message.reason, message.line])).toEqual([
      ["Expected the Total row's delegates to equal the delegates at stake `107` or `90`, got `100`", 59]
    ])
  })

  it('warns on a row whose pledged and unpledged delegates do not make its total', () => {
    const election = makeSeedElection()
    election.candidates[0]!.delegateBreakdown = {pledged: 13, unpledged: 1, bound: null, unbound: null}
    election.candidates[0]!.delegates = 15
    const messages = checkRule(delegatesBreakdownMismatch, election)
    expect(messages.map((message) => [message.reason, message.line])).toEqual([
      ['Expected the delegates of `John Edwards` to equal pledged plus unpledged `14`, got `15`', 53]
    ])
  })

  it('checks bound plus unbound as well', () => {
    const election = makeSeedElection()
    election.candidates[0]!.delegateBreakdown = {pledged: null, unpledged: null, bound: 0, unbound: 9}
    election.candidates[0]!.delegates = 9
    expect(checkRule(delegatesBreakdownMismatch, election)).toEqual([])
    election.candidates[0]!.delegates = 10
    expect(checkRule(delegatesBreakdownMismatch, election)).toHaveLength(1)
  })
})
