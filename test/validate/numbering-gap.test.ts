import {describe, expect, it} from 'vitest'
import {numberingGap} from '../../src/validate/numbering-gap.js'
import {checkRule} from './check-rule.js'
import {makeEntry, makeSeedElection} from './election-factory.js'

describe('numberingGap', () => {
  it('notes Candidate4 after Candidate2 on the Candidate4 line', () => {
    const messages = checkRule(numberingGap, makeSeedElection())
    expect(messages.map((message) => [message.severity, message.reason, message.line])).toEqual([
      ['info', 'Expected infobox candidate number `3` next, got `4`', 32]
    ])
  })

  it('stays silent when the numbers run 1, 2, 3', () => {
    const election = makeSeedElection()
    election.infobox = [makeEntry('Nominee1', 'A', 4), makeEntry('Nominee2', 'B', 5), makeEntry('Nominee3', 'C', 6)]
    expect(checkRule(numberingGap, election)).toEqual([])
  })

  it('notes a family that does not start at 1', () => {
    const election = makeSeedElection()
    election.infobox = [makeEntry('Nominee2', 'B', 5)]
    expect(checkRule(numberingGap, election).map((message) => message.reason)).toEqual([
      'Expected infobox nominee number `1` next, got `2`'
    ])
  })
})
