import {describe, expect, it} from 'vitest'
import {duplicateInfoboxKey} from '../../src/validate/duplicate-infobox-key.js'
import {checkRule} from './check-rule.js'
import {makeEntry, makeSeedElection} from './election-factory.js'

describe('duplicateInfoboxKey', () => {
  it('stays silent when every key appears once', () => {
    expect(checkRule(duplicateInfoboxKey, makeSeedElection())).toEqual([])
  })

  it('warns on the repeat, not on the first occurrence', () => {
    const election = makeSeedElection()
    election.infobox.push(makeEntry('Candidate1', 'John Kerry', 40))
    const messages = checkRule(duplicateInfoboxKey, election)
    expect(messages.map((message) => [message.severity, message.reason, message.line])).toEqual([
      ['warning', 'Expected infobox key `Candidate1` once, got it again with `John Kerry`', 40]
    ])
  })
})
