import {describe, expect, it} from 'vitest'
import {groupThousands} from '../../../src/cli/terminal/group-thousands.js'

describe('groupThousands', () => {
  it('puts a comma between groups of three digits', () => {
    expect(groupThousands(17809)).toBe('17,809')
    expect(groupThousands(1234567)).toBe('1,234,567')
  })

  it('leaves short numbers, decimals and signs alone', () => {
    expect(groupThousands(582)).toBe('582')
    expect(groupThousands(-1234.5)).toBe('-1,234.5')
  })
})
