import {describe, expect, it} from 'vitest'
import {stageMismatch} from '../../src/validate/stage-mismatch.js'
import {checkRule} from './check-rule.js'
import {makeSeedElection} from './election-factory.js'

describe('stageMismatch', () => {
  it('warns on the Election Name line when the title says caucuses and the name primary', () => {
    expect(checkRule(stageMismatch, makeSeedElection())).toEqual([
      {
        ruleId: 'stage-mismatch',
        severity: 'warning',
        reason: "Expected the election name to name the title's stage `caucus`, got `primary`",
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 69
      }
    ])
  })

  it('stays silent when both name the same stage', () => {
    const election = makeSeedElection()
    election.name = '2004 North Carolina Democratic presidential caucuses'
    expect(checkRule(stageMismatch, election)).toEqual([])
  })

  it('stays silent when they share a stage (`primary and caucuses`)', () => {
    const election = makeSeedElection()
    election.title = '2004 District of Columbia Democratic presidential primary and caucuses'
    expect(checkRule(stageMismatch, election)).toEqual([])
  })

  it('stays silent when the name names no stage', () => {
    const election = makeSeedElection()
    election.name = 'the American Samoa, 2016'
    expect(checkRule(stageMismatch, election)).toEqual([])
  })
})
