import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {neutralizeFormula, restoreFormula} from '../../src/serialize/neutralize-formula.js'

describe('neutralizeFormula', () => {
  test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'x"])('prefixes %j with a quote', (text) => {
    expect(neutralizeFormula(text)).toBe("'" + text)
  })

  test('leaves other text alone', () => {
    expect(neutralizeFormula('John Edwards')).toBe('John Edwards')
    expect(neutralizeFormula('')).toBe('')
  })

  test('is undone by restoreFormula for every text', () => {
    fc.assert(fc.property(fc.string(), (text) => restoreFormula(neutralizeFormula(text)) === text), {numRuns: 1000})
  })
})
