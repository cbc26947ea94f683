import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {summarizeMessages} from '../../../src/cli/terminal/summarize-messages.js'
import {report} from '../../../src/model/report.js'

describe('summarizeMessages', () => {
  it('counts by severity, gravest first, leaving out severities with none', () => {
    const file = new VFile()
    report(file, 'a', undefined, 'numbering-gap')
    report(file, 'b', undefined, 'stage-mismatch')
    report(file, 'c', undefined, 'numbering-gap')
    expect(summarizeMessages(file.messages)).toBe('1 warning, 2 infos')
  })

  it('is empty without messages', () => {
    expect(summarizeMessages([])).toBe('')
  })
})
