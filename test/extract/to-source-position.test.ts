import {describe, expect, it} from 'vitest'
import {toSourcePosition} from '../../src/extract/to-source-position.js'

describe('toSourcePosition', () => {
  it('keeps lines and columns and drops offsets', () => {
    expect(toSourcePosition({start: {line: 2, column: 3, offset: 9}, end: {line: 2, column: 8, offset: 14}})).toEqual({
      start: {line: 2, column: 3},
      end: {line: 2, column: 8}
    })
  })

  it('gives null without a position', () => {
    expect(toSourcePosition(undefined)).toBeNull()
  })
})
