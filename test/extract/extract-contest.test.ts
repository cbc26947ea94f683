import {describe, expect, it} from 'vitest'
import {delegatesAtStake, jurisdictionOf, partyOf, stageOf, yearOf} from '../../src/extract/extract-contest.js'

describe('stageOf', () => {
  it('reads the first stage word of a title', () => {
    expect(stageOf('2004 North Carolina Democratic presidential caucuses')).toBe('caucus')
    expect(stageOf('2004 Alabama Democratic presidential primary')).toBe('primary')
    expect(stageOf('2008 Virgin Islands Democratic territorial convention')).toBe('convention')
    expect(stageOf('1952 United States presidential election in Delaware')).toBe('general')
    expect(stageOf('2016 Kentucky caucuses and primaries')).toBe('caucus')
  })

  it('gives null without a stage word', () => {
    expect(stageOf('Results in Guam')).toBeNull()
    expect(stageOf(null)).toBeNull()
  })
})

describe('partyOf', () => {
  it('reads the first party a title names', () => {
    expect(partyOf('2008 Iowa Republican presidential caucuses')).toBe('Republican')
    expect(partyOf('Minnesota Democratic-Farmer-Labor caucuses')).toBe('Democratic-Farmer-Labor')
  })

  it('gives null for general elections', () => {
    expect(partyOf('1836 United States presidential election in Vermont')).toBeNull()
  })
})

describe('delegatesAtStake', () => {
  it('reads the total, pledged and unpledged delegates', () => {
    expect(delegatesAtStake('107 Democratic National Convention delegates (90 pledged, 17 unpledged), The number of pledged delegates received is determined by the popular vote')).toEqual(
      {total: 107, pledged: 90, unpledged: 17}
    )
  })

  it('reads a total alone', () => {
    expect(delegatesAtStake('23 Republican National Convention delegates')).toEqual({total: 23, pledged: null, unpledged: null})
  })

  it('reads nothing from electoral votes', () => {
    expect(delegatesAtStake('All 3 Delaware votes to the Electoral College')).toEqual({total: null, pledged: null, unpledged: null})
  })
})

describe('jurisdictionOf', () => {
  it('takes the first text that names a place', () => {
    expect(jurisdictionOf(null, 'No place here', 'Ohio primary').code).toBe('OH')
  })

  it('gives nulls when none does', () => {
    expect(jurisdictionOf('Nowhere')).toEqual({name: null, code: null, fips: null})
  })
})

describe('yearOf', () => {
  it('reads the first plausible year', () => {
    expect(yearOf('Puerto Rico Republican caucuses, 2008')).toBe(2008)
    expect(yearOf('1,234 votes in 1836')).toBe(1836)
    expect(yearOf(null)).toBeNull()
  })
})
