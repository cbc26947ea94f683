import {describe, expect, it} from 'vitest'
import {drawBar} from '../../../../src/cli/commands/show/draw-bar.js'

describe('drawBar', () => {
  it('draws full blocks and an eighth block for the rest', () => {
    expect(drawBar(51.06, 40)).toBe('█'.repeat(20) + '▍')
  })

  it('draws nothing for 0 and the whole width for 100', () => {
    expect(drawBar(0, 40)).toBe('')
    expect(drawBar(100, 40)).toBe('█'.repeat(40))
  })

  it('clamps shares outside 0-100', () => {
    expect(drawBar(140, 10)).toBe('█'.repeat(10))
    expect(drawBar(-5, 10)).toBe('')
  })
})
