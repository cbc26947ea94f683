import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {report, toElectionMessages} from '../../src/model/report.js'
import {applyRuleConfig} from '../../src/validate/apply-rule-config.js'

/** A file carrying one extract-stage warning and one info. */
function makeFile(): VFile {
  const file = new VFile({path: 'seed.md'})
  report(file, 'Expected a number, got `9,O93`', {start: {line: 53, column: 16}, end: {line: 53, column: 21}}, 'number-not-parsed')
  report(file, 'Expected infobox candidate number `3` next, got `4`', undefined, 'numbering-gap')
  return file
}

describe('applyRuleConfig', () => {
  it('drops the messages of a rule switched off', () => {
    const messages = applyRuleConfig(makeFile().messages, {'number-not-parsed': 'off'})
    expect(messages.map((message) => message.ruleId)).toEqual(['numbering-gap'])
  })

  it('re-grades by id, extract-stage messages included, keeping place and reason', () => {
    const file = makeFile()
    file.messages = applyRuleConfig(file.messages, {'numbering-gap': 'warning', 'number-not-parsed': 'error'})
    expect(toElectionMessages(file).map((message) => [message.ruleId, message.severity, message.line])).toEqual([
      ['number-not-parsed', 'error', 53],
      ['numbering-gap', 'warning', null]
    ])
  })

  it('leaves its input untouched', () => {
    const file = makeFile()
    applyRuleConfig(file.messages, {'numbering-gap': 'warning'})
    expect(file.messages[1]!.fatal).toBeUndefined()
  })

  it('ignores settings inherited from Object.prototype', () => {
    const messages = applyRuleConfig(makeFile().messages, JSON.parse('{"__proto__": {"numbering-gap": "off"}}') as Record<string, 'off'>)
    expect(messages).toHaveLength(2)
  })
})
