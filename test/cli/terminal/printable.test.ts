import {describe, expect, it} from 'vitest'
import {printable} from '../../../src/cli/terminal/printable.js'
import {renderElection} from '../../../src/cli/commands/show/render-election.js'
import {parseElection} from '../../../src/parse-election.js'

describe('printable', () => {
  it('writes control characters and bidi overrides as visible escapes, keeping tabs and text', () => {
    expect(printable('Ann\u001b[31m Lee\u202e\tx')).toBe('Ann\\x1b[31m Lee\\u202e\tx')
    expect(printable('Élection — 2004')).toBe('Élection — 2004')
  })

  it('keeps escape sequences in scraped names off the terminal in show', () => {
    const {election, messages} = parseElection('= T\u001b[2J =\n\n| Candidate | Votes |\n| Ann\u001b[31m | 5 |\n')
    const text = renderElection(election, messages, false)
    expect(text).not.toContain('\u001b')
    expect(text).toContain('Ann\\x1b[31m')
  })
})
