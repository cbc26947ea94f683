import {describe, expect, it} from 'vitest'
import {figureText} from '../../src/extract/figure-text.js'
import {parseCount} from '../../src/extract/parse-count.js'
import {parsePercent} from '../../src/extract/parse-percent.js'

describe('figureText', () => {
  it('drops footnote markers and surrounding space', () => {
    expect(figureText(' 9,093[1] ')).toBe('9,093')
  })

  it('drops wiki quote marks a copy left around a figure', () => {
    expect(figureText("'37,519")).toBe('37,519')
    expect(figureText("''51.06%''")).toBe('51.06%')
  })

  it('lets parseCount and parsePercent read such figures', () => {
    expect(parseCount("'37,519")).toBe(37519)
    expect(parsePercent("'''100.00%'''")).toBe(100)
  })
})
