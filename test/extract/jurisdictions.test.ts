import {describe, expect, it} from 'vitest'
import {jurisdictionAliases, jurisdictions} from '../../src/extract/jurisdictions.js'

describe('jurisdictions', () => {
  it('lists the 50 states, DC and the five territories by USPS and FIPS code', () => {
    const codes = new Set(Object.values(jurisdictions).map(([code]) => code))
    expect(codes.size).toBe(56)
    expect(jurisdictions['North Carolina']).toEqual(['NC', '37'])
    expect(jurisdictions['Puerto Rico']).toEqual(['PR', '72'])
  })

  it('gives every alias the codes of the name it stands for', () => {
    for (const [alias, name] of Object.entries(jurisdictionAliases)) {
      expect(jurisdictions[alias as keyof typeof jurisdictions], alias).toEqual(jurisdictions[name as keyof typeof jurisdictions])
    }
  })
})
