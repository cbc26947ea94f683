import {describe, expect, test} from 'vitest'
import {humanizeKey} from '../../src/serialize/humanize-key.js'

describe('humanizeKey', () => {
  test('capitalizes each snake_case word', () => {
    expect(humanizeKey('popular_vote1')).toBe('Popular Vote1')
    expect(humanizeKey('election_date')).toBe('Election Date')
  })

  test('skips empty words', () => {
    expect(humanizeKey('_a__b_')).toBe('A B')
    expect(humanizeKey('')).toBe('')
  })
})
