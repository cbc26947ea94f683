import {describe, expect, it} from 'vitest'
import {splitNumberedKey} from '../../src/extract/split-numbered-key.js'

describe('splitNumberedKey', () => {
  it('splits the family from the number', () => {
    expect(splitNumberedKey('popular_vote12')).toEqual(['popular_vote', 12])
    expect(splitNumberedKey('candidate_4')).toEqual(['candidate', 4])
  })

  it('gives null without a number, for a number alone and for long numbers', () => {
    expect(splitNumberedKey('election_date')).toBeNull()
    expect(splitNumberedKey('2004')).toBeNull()
    expect(splitNumberedKey('image1234')).toBeNull()
  })
})
