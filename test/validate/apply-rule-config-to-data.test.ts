import {describe, expect, it} from 'vitest'
import type {ElectionMessage} from '../../src/model/election.js'
import {applyRuleConfigToData} from '../../src/validate/apply-rule-config-to-data.js'

const message: ElectionMessage = {
  ruleId: 'withdrawn-mismatch',
  severity: 'warning',
  reason: 'Expected the table to mark `John Edwards` withdrawn as the infobox does, got no marker',
  line: 53,
  column: 1,
  endLine: 53,
  endColumn: 40
}

describe('applyRuleConfigToData', () => {
  it('re-grades election messages by id', () => {
    expect(applyRuleConfigToData([message], {'withdrawn-mismatch': 'info'})).toEqual([{...message, severity: 'info'}])
  })

  it('drops election messages of a rule switched off', () => {
    expect(applyRuleConfigToData([message], {'withdrawn-mismatch': 'off'})).toEqual([])
  })
})
