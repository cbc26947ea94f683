import {describe, expect, it} from 'vitest'
import {findJurisdiction} from '../../src/extract/find-jurisdiction.js'

describe('findJurisdiction', () => {
  it('finds the state a title names', () => {
    expect(findJurisdiction('2004 North Carolina Democratic presidential caucuses')).toEqual({name: 'North Carolina', code: 'NC', fips: '37'})
  })

  it('prefers the longest name: West Virginia over Virginia', () => {
    expect(findJurisdiction('2008 West Virginia Democratic primary')?.code).toBe('WV')
  })

  it('gives the canonical name for an alias', () => {
    expect(findJurisdiction('2008 U.S. Virgin Islands Democratic convention')).toEqual({name: 'United States Virgin Islands', code: 'VI', fips: '78'})
    expect(findJurisdiction('Washington, D.C. primary')?.name).toBe('District of Columbia')
  })

  it('matches whole words only', () => {
    expect(findJurisdiction('Guamanian voters')).toBeNull()
    expect(findJurisdiction('Kansasville')).toBeNull()
  })

  it('gives null when no place is named', () => {
    expect(findJurisdiction('2016 Democratic Party presidential primaries')).toBeNull()
  })
})
