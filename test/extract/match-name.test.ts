import {describe, expect, it} from 'vitest'
import {foldName, lastName, nameKey, nameMatch} from '../../src/extract/match-name.js'

describe('foldName', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldName('John C. Frémont')).toBe('john c fremont')
  })
})

describe('nameMatch', () => {
  it('gives 3 for the same name written differently', () => {
    expect(nameMatch(nameKey('John C. Fremont'), nameKey('John C. Frémont'))).toBe(3)
  })

  it('gives 2 when the table adds ` of State`', () => {
    expect(nameMatch(nameKey('William Henry Harrison'), nameKey('William Henry Harrison of Ohio'))).toBe(2)
  })

  it('gives 1 when the words of the shorter name are in the longer and the last names agree', () => {
    expect(nameMatch(nameKey('John Kerry'), nameKey('John Forbes Kerry'))).toBe(1)
    expect(nameMatch(nameKey('Richard M. Johnson'), nameKey('Richard Mentor Johnson'))).toBe(0)
  })

  it('gives 0 for other people and for empty names', () => {
    expect(nameMatch(nameKey('John Kerry'), nameKey('John Edwards'))).toBe(0)
    expect(nameMatch(nameKey(''), nameKey('John Kerry'))).toBe(0)
  })
})

describe('lastName', () => {
  it('skips generational suffixes and a ` of State` tail', () => {
    expect(lastName(nameKey('Joseph R. Biden Jr.'))).toBe('biden')
    expect(lastName(nameKey('William Henry Harrison of Ohio'))).toBe('harrison')
  })
})
