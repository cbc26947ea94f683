import {describe, expect, it} from 'vitest'
import {hasPercentSign, parsePercent} from '../../src/extract/parse-percent.js'

describe('parsePercent', () => {
  it('reads a share with and without a percent sign', () => {
    expect(parsePercent('51.06%')).toBe(51.06)
    expect(parsePercent('51.06')).toBe(51.06)
  })

  it('reads a space before the sign', () => {
    expect(parsePercent('51.06 %')).toBe(51.06)
  })

  it('reads a share without a leading zero, and whole numbers', () => {
    expect(parsePercent('.01%')).toBe(0.01)
    expect(parsePercent('0%')).toBe(0)
    expect(parsePercent('100')).toBe(100)
  })

  it('reads a decimal comma', () => {
    expect(parsePercent('44,2%')).toBe(44.2)
  })

  it('reads negative swings with a hyphen or a minus sign', () => {
    expect(parsePercent('-5.61%')).toBe(-5.61)
    expect(parsePercent('−5.61%')).toBe(-5.61)
  })

  it('strips footnotes glued to the share', () => {
    expect(parsePercent('50.87%[8]')).toBe(50.87)
  })

  it('rejects words and thousands separators', () => {
    expect(parsePercent('%')).toBeNull()
    expect(parsePercent('about 22%')).toBeNull()
    expect(parsePercent('1,462,734')).toBeNull()
    expect(parsePercent('')).toBeNull()
  })
})

describe('hasPercentSign', () => {
  it('tells a share written with `%` from a bare number', () => {
    expect(hasPercentSign('12.5%')).toBe(true)
    expect(hasPercentSign('12.5 %[1]')).toBe(true)
    expect(hasPercentSign('12.5')).toBe(false)
  })
})
