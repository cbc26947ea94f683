import {describe, expect, it} from 'vitest'
import {parseRuleOption} from '../../../src/cli/options/parse-rule-option.js'

describe('parseRuleOption', () => {
  it('reads an id and a level', () => {
    expect(parseRuleOption('numbering-gap=warning')).toEqual({id: 'numbering-gap', setting: 'warning'})
    expect(parseRuleOption('stage-mismatch=off')).toEqual({id: 'stage-mismatch', setting: 'off'})
  })

  it('refuses an unknown level or a missing =', () => {
    expect(parseRuleOption('stage-mismatch=loud')).toBeNull()
    expect(parseRuleOption('stage-mismatch')).toBeNull()
    expect(parseRuleOption('=off')).toBeNull()
  })
})
