import {describe, expect, it} from 'vitest'
import {decimalsOf} from '../../src/model/decimals-of.js'

describe('decimalsOf', () => {
  it('counts printed decimals, trailing zeros included', () => {
    expect(decimalsOf('27.20')).toBe(2)
    expect(decimalsOf('.01%')).toBe(2)
    expect(decimalsOf('100%')).toBe(0)
  })

  it('counts the decimals a stored number kept', () => {
    expect(decimalsOf(27.2)).toBe(1)
    expect(decimalsOf(0)).toBe(0)
  })
})
