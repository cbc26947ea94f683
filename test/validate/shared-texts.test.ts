import {describe, expect, it} from 'vitest'
import {sharedTexts} from '../../src/validate/shared-texts.js'

describe('sharedTexts', () => {
  it('gives back each text as it was given (equal ones as the first, a string no test can tell apart)', () => {
    const shared = sharedTexts()
    const first = shared(['Expected `a`', 'once'].join(' '))
    expect(first).toBe('Expected `a` once')
    expect(shared(['Expected `a`', 'once'].join(' '))).toBe(first)
    expect(shared('Expected `b` once')).toBe('Expected `b` once')
  })
})
