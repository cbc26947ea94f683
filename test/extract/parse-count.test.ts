import {describe, expect, it} from 'vitest'
import {isCountTooLarge, isNoFigureWord, isNoValue, parseCount} from '../../src/extract/parse-count.js'

describe('parseCount', () => {
  it('reads thousands separators', () => {
    expect(parseCount('9,093')).toBe(9093)
    expect(parseCount('1,462,734')).toBe(1462734)
  })

  it('reads plain digits and spaced groups', () => {
    expect(parseCount('582')).toBe(582)
    expect(parseCount('1 234')).toBe(1234)
    expect(parseCount('1\u00a0234\u00a0567')).toBe(1234567)
  })

  it('reads negative margins with a hyphen or a minus sign', () => {
    expect(parseCount('-169')).toBe(-169)
    expect(parseCount('−1,169')).toBe(-1169)
  })

  it('strips footnotes glued to the figure', () => {
    expect(parseCount('9,093[3]')).toBe(9093)
    expect(parseCount('13[a]')).toBe(13)
  })

  it('trims spaces around the figure', () => {
    expect(parseCount('  57 ')).toBe(57)
  })

  it('rejects misplaced separators, decimals, percentages and words', () => {
    expect(parseCount('90,93')).toBeNull()
    expect(parseCount('9,O93')).toBeNull()
    expect(parseCount('51.06')).toBeNull()
    expect(parseCount('12%')).toBeNull()
    expect(parseCount('Count')).toBeNull()
  })

  it('gives null for a count beyond 2^53 - 1 rather than a rounded one', () => {
    expect(parseCount('9,007,199,254,740,991')).toBe(Number.MAX_SAFE_INTEGER)
    expect(parseCount('9,007,199,254,740,993')).toBeNull()
    expect(parseCount('-9007199254740993')).toBeNull()
  })

  it('gives null for the no-value markers', () => {
    expect(['', '—', '-', '--', 'N/A'].map(parseCount)).toEqual([null, null, null, null, null])
  })
})

describe('isNoValue', () => {
  it('accepts dashes, `N/A`, `?` and blank text', () => {
    expect(['', '  ', '—', '–', '-', '--', '---', 'N/A', 'n/a', 'NA', '?'].every(isNoValue)).toBe(true)
  })

  it('accepts a marker with a footnote', () => {
    expect(isNoValue('—[2]')).toBe(true)
  })

  it('rejects figures and words', () => {
    expect(['0', '0%', 'none', 'Uncommitted'].some(isNoValue)).toBe(false)
  })
})

describe('isNoFigureWord', () => {
  it('accepts the words printed where no count exists', () => {
    expect(['Unopposed', 'uncontested', 'Unopposed[2]'].every(isNoFigureWord)).toBe(true)
  })

  it('rejects dashes, figures and names', () => {
    expect(['—', '0', 'Uncommitted'].some(isNoFigureWord)).toBe(false)
  })
})

describe('isCountTooLarge', () => {
  it('accepts counts beyond 2^53 - 1 only', () => {
    expect(isCountTooLarge('9,007,199,254,740,993')).toBe(true)
    expect(isCountTooLarge('−9007199254740992')).toBe(true)
    expect(isCountTooLarge('9,007,199,254,740,991')).toBe(false)
    expect(isCountTooLarge('many')).toBe(false)
  })
})
