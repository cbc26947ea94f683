import {describe, expect, it} from 'vitest'
import {parseVulgarFraction} from '../../src/extract/parse-vulgar-fraction.js'

describe('parseVulgarFraction', () => {
  it('reads a whole number followed by a fraction sign', () => {
    expect([parseVulgarFraction('4½'), parseVulgarFraction('2 ¼'), parseVulgarFraction('1,024¾')]).toEqual([4.5, 2.25, 1024.75])
  })

  it('reads a fraction sign alone and strips footnote markers', () => {
    expect([parseVulgarFraction('½'), parseVulgarFraction('2½[3]')]).toEqual([0.5, 2.5])
  })

  it('rejects counts without a sign, two signs and words', () => {
    expect([parseVulgarFraction('4'), parseVulgarFraction('½½'), parseVulgarFraction('4½ votes'), parseVulgarFraction('')]).toEqual([null, null, null, null])
  })
})
