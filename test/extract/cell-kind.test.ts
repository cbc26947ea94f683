import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cellKind} from '../../src/extract/cell-kind.js'
import {isNoValue, parseCount} from '../../src/extract/parse-count.js'
import {hasPercentSign, parsePercent} from '../../src/extract/parse-percent.js'

describe('cellKind', () => {
  it('reads dashes, `N/A` and blanks as empty', () => {
    expect(['', '—', '-', '--', 'N/A'].map(cellKind)).toEqual(['empty', 'empty', 'empty', 'empty', 'empty'])
  })

  it('reads whole numbers as counts', () => {
    expect(['9,093', '0', '13[1]'].map(cellKind)).toEqual(['count', 'count', 'count'])
  })

  it('tells shares with a sign from bare decimals', () => {
    expect(cellKind('51.06%')).toBe('percent')
    expect(cellKind('0%')).toBe('percent')
    expect(cellKind('51.06')).toBe('decimal')
  })

  it('reads a count with a fraction sign as a decimal', () => {
    expect(['4½', '½'].map(cellKind)).toEqual(['decimal', 'decimal'])
  })

  it('reads everything else as text', () => {
    expect(['John Kerry', 'Count', '%', '4,48O'].map(cellKind)).toEqual(['text', 'text', 'text', 'text'])
  })
})

describe('cellKind and the readers', () => {
  it('agree on every text: empty, count, percent or decimal exactly when the readers say so', () => {
    const pieces = ['1', '9', ',', '.', '%', ' ', '-', '−', '—', 'n/a', 'N', 'a', '[1]', '[', ']', '?', '0']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 8}), (parts) => {
        const text = parts.join('')
        const expected = isNoValue(text)
          ? 'empty'
          : parseCount(text) !== null
            ? 'count'
            : parsePercent(text) !== null
              ? hasPercentSign(text) ? 'percent' : 'decimal'
              : 'text'
        expect(cellKind(text)).toBe(expected)
      }),
      {numRuns: 3000}
    )
  })
})
