import {describe, expect, it} from 'vitest'
import {votesTotalMismatch} from '../../src/validate/votes-total-mismatch.js'
import {checkRule} from './check-rule.js'
import {makeSeedElection} from './election-factory.js'

describe('votesTotalMismatch', () => {
  it('stays silent when the rows add up to the Total row', () => {
    expect(checkRule(votesTotalMismatch, makeSeedElection())).toEqual([])
  })

  it('warns on the Total row when it differs from the rows', () => {
    const election = makeSeedElection()
    election.totals.votes = 17909
    expect(checkRule(votesTotalMismatch, election)).toEqual([
      {
        ruleId: 'votes-total-mismatch',
        severity: 'warning',
        reason: "Expected the Total row's votes to equal the rows' sum `17809`, got `17909`",
        line: 59,
        column: 1,
        endLine: 59,
        endColumn: 21
      }
    ])
  })

  it('stays silent when the Total row has no votes', () => {
    const election = makeSeedElection()
    election.totals.votes = null
    expect(checkRule(votesTotalMismatch, election)).toEqual([])
  })

  it('leaves infobox-only candidates out of the sum', () => {
    const election = makeSeedElection()
    const extra = {...election.candidates[0]!, name: 'Joe Lieberman', votes: 50, position: {start: {line: 40, column: 1}, end: {line: 40, column: 10}}}
    election.candidates.push(extra)
    expect(checkRule(votesTotalMismatch, election)).toEqual([])
  })
})
