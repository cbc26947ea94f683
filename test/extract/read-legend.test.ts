import {describe, expect, it} from 'vitest'
import {readLegend} from '../../src/extract/read-legend.js'

describe('readLegend', () => {
  it('reads a marked withdrawal legend', () => {
    expect(readLegend('*Candidate had already dropped out of the race prior to caucus.')).toMatchObject({mark: '*', meaning: 'withdrawn'})
  })

  it('reads an incumbent legend after any mark', () => {
    expect(readLegend('^ Incumbent president')).toMatchObject({mark: '^', meaning: 'incumbent'})
    expect(readLegend('† Incumbent')).toMatchObject({mark: '†', meaning: 'incumbent'})
  })

  it('reads a list line or a key without a mark when it says a withdrawal', () => {
    expect(readLegend('- Withdrew before the vote.')).toEqual({mark: null, meaning: 'withdrawn', text: 'Withdrew before the vote.'})
    expect(readLegend('Key: Withdrew prior to contest')).toMatchObject({mark: null, meaning: 'withdrawn'})
  })

  it('reads other marked legends as other', () => {
    expect(readLegend('‡ Write-in candidate')).toMatchObject({mark: '‡', meaning: 'other'})
  })

  it('rejects prose, bold text and empty marks', () => {
    expect(readLegend('John Kerry won the caucuses with a wide margin over the field.')).toBeNull()
    expect(readLegend('**Results**')).toBeNull()
    expect(readLegend('*')).toBeNull()
  })
})
