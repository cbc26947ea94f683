import {describe, expect, it} from 'vitest'
import {parseDelegates} from '../../src/extract/parse-delegates.js'

describe('parseDelegates', () => {
  it('reads whole counts with separators', () => {
    expect([parseDelegates('57'), parseDelegates('1,024')]).toEqual([57, 1024])
  })

  it('reads the fractions of delegates that parties split', () => {
    expect([parseDelegates('2.5'), parseDelegates('0.5'), parseDelegates('.5'), parseDelegates('12.25[3]')]).toEqual([2.5, 0.5, 0.5, 12.25])
  })

  it('reads vulgar fractions', () => {
    expect([parseDelegates('4½'), parseDelegates('½'), parseDelegates('2¾')]).toEqual([4.5, 0.5, 2.75])
  })

  it('rejects percentages and words', () => {
    expect([parseDelegates('2.5%'), parseDelegates('two'), parseDelegates('2.5.1')]).toEqual([null, null, null])
  })
})
