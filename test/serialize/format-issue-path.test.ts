import {describe, expect, test} from 'vitest'
import {formatIssuePath} from '../../src/serialize/format-issue-path.js'

describe('formatIssuePath', () => {
  test('writes indexes in brackets and names after dots', () => {
    expect(formatIssuePath(['candidates', 0, 'votes'])).toBe('candidates[0].votes')
    expect(formatIssuePath([1, 'stage'])).toBe('[1].stage')
  })

  test('quotes odd names', () => {
    expect(formatIssuePath(['a b', Symbol('s')])).toBe('["a b"]["Symbol(s)"]')
  })
})
