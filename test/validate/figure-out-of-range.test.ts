import {describe, expect, it} from 'vitest'
import type {Election} from '../../src/model/election.js'
import {figureOutOfRange} from '../../src/validate/figure-out-of-range.js'
import {checkRule} from './check-rule.js'
import {makeSeedElection} from './election-factory.js'

/** The reasons the rule gives on the seed election after `change`. */
function reasons(change: (election: Election) => void): string[] {
  const election = makeSeedElection()
  change(election)
  return checkRule(figureOutOfRange, election).map((message) => message.reason)
}

describe('figureOutOfRange', () => {
  it('stays silent on a sound table', () => {
    expect(checkRule(figureOutOfRange, makeSeedElection())).toEqual([])
  })

  it('warns on negative and fractional votes', () => {
    expect(reasons((election) => {
      election.candidates[0]!.votes = -5
      election.candidates[1]!.votes = 2.5
    })).toEqual([
      'Expected votes to be a whole number of 0 or more for `John Edwards`, got `-5`',
      'Expected votes to be a whole number of 0 or more for `John Kerry`, got `2.5`'
    ])
  })

  it('warns on votes above the Total row', () => {
    expect(reasons((election) => {
      election.candidates[0]!.votes = 90930
    })).toEqual(["Expected votes of at most the Total row's `17809` for `John Edwards`, got `90930`"])
  })

  it('warns on a percentage outside 0 to 100 and on negative delegates', () => {
    expect(reasons((election) => {
      election.candidates[0]!.percent = 510.6
      election.candidates[1]!.delegates = -1
    })).toEqual([
      'Expected a percentage from 0 to 100 for `John Edwards`, got `510.6`',
      'Expected delegates to be 0 or more for `John Kerry`, got `-1`'
    ])
  })

  it('places its warning on the candidate row', () => {
    const election = makeSeedElection()
    election.candidates[0]!.percent = 510.6
    expect(checkRule(figureOutOfRange, election)[0]?.line).toBe(election.candidates[0]?.position?.start.line)
  })
})
