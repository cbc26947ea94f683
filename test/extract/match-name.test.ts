import {describe, expect, it} from 'vitest'
import {foldName, nameMatch} from '../../src/extract/match-name.js'

describe('foldName', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldName('John C. Frémont')).toBe('john c fremont')
  })
})

describe('nameMatch', () => {
  it('gives 3 for the same name written differently', () => {
    expect(nameMatch('John C. Fremont', 'John C. Frémont')).toBe(3)
  })

  it('gives 2 when the table adds ` of State`', () => {
    expect(nameMatch('William Henry Harrison', 'William Henry Harrison of Ohio')).toBe(2)
  })

  it('gives 1 when the words of the shorter name are in the longer and the last names agree', () => {
    expect(nameMatch('John Kerry', 'John Forbes Kerry')).toBe(1)
    expect(nameMatch('Richard M. Johnson', 'Richard Mentor Johnson')).toBe(0)
  })

  it('gives 0 for other people and for empty names', () => {
    expect(nameMatch('John Kerry', 'John Edwards')).toBe(0)
    expect(nameMatch('', 'John Kerry')).toBe(0)
  })
})
