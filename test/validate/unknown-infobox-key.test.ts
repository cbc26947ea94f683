import {describe, expect, it} from 'vitest'
import {unknownInfoboxKey} from '../../src/validate/unknown-infobox-key.js'
import {checkRule} from './check-rule.js'
import {makeEntry, makeSeedElection} from './election-factory.js'

describe('unknownInfoboxKey', () => {
  it('knows the common keys and the numbered families', () => {
    const election = makeSeedElection()
    election.infobox.push(makeEntry('Home State4', 'Ohio', 34), makeEntry('Colour2', '880088', 26), makeEntry('Image Upright', '0.55', 11))
    expect(checkRule(unknownInfoboxKey, election)).toEqual([])
  })

  it('notes a key outside the known parameters', () => {
    const election = makeSeedElection()
    election.infobox.push(makeEntry('Popular Vot1', '9,093', 22))
    const messages = checkRule(unknownInfoboxKey, election)
    expect(messages.map((message) => [message.severity, message.reason, message.line])).toEqual([
      ['info', 'Expected a known infobox parameter, got `Popular Vot1`', 22]
    ])
  })

  it('notes a key written several times once, at its first entry, with how many entries it has', () => {
    const election = makeSeedElection()
    election.infobox.push(makeEntry('a', 'b', 40), makeEntry('Popular Vot1', '9,093', 41), makeEntry('a', 'c', 42), makeEntry('a', 'd', 43))
    const messages = checkRule(unknownInfoboxKey, election)
    expect(messages.map((message) => [message.reason, message.line])).toEqual([
      ['Expected a known infobox parameter, got `a` in `3` entries (each repeat is a `duplicate-infobox-key`)', 40],
      ['Expected a known infobox parameter, got `Popular Vot1`', 41]
    ])
  })

  it('treats `__proto__` as data, not as a known key', () => {
    const election = makeSeedElection()
    election.infobox.push(makeEntry('__proto__', 'x', 12))
    expect(checkRule(unknownInfoboxKey, election)).toHaveLength(1)
  })
})
