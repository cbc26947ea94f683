import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {keepShownMessages} from '../../../src/cli/terminal/keep-shown-messages.js'
import {report} from '../../../src/model/report.js'

/** A file with one error, one warning and one info. */
function checked() {
  const file = new VFile()
  report(file, 'a', undefined, 'input-too-large')
  report(file, 'b', undefined, 'stage-mismatch')
  report(file, 'c', undefined, 'numbering-gap')
  return [{path: 'a.md', messages: file.messages}, {path: 'clean.md', messages: []}]
}

describe('keepShownMessages', () => {
  it.each([
    ['info', ['input-too-large', 'stage-mismatch', 'numbering-gap']],
    ['warning', ['input-too-large', 'stage-mismatch']],
    ['error', ['input-too-large']]
  ] as const)('keeps %s and graver', (minimum, ids) => {
    const [first, clean] = keepShownMessages(checked(), minimum)
    expect(first?.messages.map((message) => message.ruleId)).toEqual(ids)
    expect(clean).toEqual({path: 'clean.md', messages: []})
  })

  it('leaves out a file whose messages are all hidden, which is not clean', () => {
    const file = new VFile()
    report(file, 'c', undefined, 'numbering-gap')
    expect(keepShownMessages([{path: 'a.md', messages: file.messages}], 'warning')).toEqual([])
  })
})
