import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {canonicalKey} from '../../src/extract/canonical-key.js'
import {humanizeKey} from '../../src/serialize/humanize-key.js'

describe('canonicalKey', () => {
  it('writes spaced keys in snake case', () => {
    expect(canonicalKey('Popular Vote1')).toBe('popular_vote1')
    expect(canonicalKey('Home State1')).toBe('home_state1')
  })

  it('splits camel case and drops punctuation', () => {
    expect(canonicalKey('DelegateCount2')).toBe('delegate_count2')
    expect(canonicalKey(' Date(s) - held ')).toBe('date_s_held')
  })

  it('keeps letters outside ASCII', () => {
    expect(canonicalKey('Año')).toBe('año')
  })

  it('gives words joined by single underscores, none at the ends, for any label', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'B', '1', '_', ' ', '-', 'é', '(', 'Q')}), (label) => {
        const key = canonicalKey(label)
        expect(key).toBe(key.split('_').filter((word) => word !== '').join('_'))
        expect(canonicalKey(key)).toBe(key)
      })
    )
  })
})

describe('canonicalKey and humanizeKey', () => {
  it('turn the usual spellings into keys and back', () => {
    expect(canonicalKey(humanizeKey('popular_vote1'))).toBe('popular_vote1')
    expect(humanizeKey('popular_vote1')).toBe('Popular Vote1')
    expect(humanizeKey('image_upright')).toBe('Image Upright')
  })
})
