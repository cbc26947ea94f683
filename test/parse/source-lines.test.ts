import {describe, expect, it} from 'vitest'
import {createLineIndex, isSpace, linesBetween, pointAt, positionOf, trimmedRange} from '../../src/parse/source-lines.js'

describe('createLineIndex', () => {
  it('starts a line after every \\n, \\r\\n and lone \\r', () => {
    expect(createLineIndex('a\nb\r\nc\rd').starts).toEqual([0, 2, 5, 7])
  })

  it('has one line for text without a line ending', () => {
    expect(createLineIndex('abc').starts).toEqual([0])
  })

  it('opens an empty last line after a final newline', () => {
    expect(createLineIndex('a\n').starts).toEqual([0, 2])
  })
})

describe('pointAt', () => {
  const index = createLineIndex('ab\ncd\r\nef')

  it('gives 1-based lines and columns and keeps the offset', () => {
    expect(pointAt(index, 0)).toEqual({line: 1, column: 1, offset: 0})
    expect(pointAt(index, 4)).toEqual({line: 2, column: 2, offset: 4})
    expect(pointAt(index, 7)).toEqual({line: 3, column: 1, offset: 7})
  })

  it('places the end of the text after its last character', () => {
    expect(pointAt(index, 9)).toEqual({line: 3, column: 3, offset: 9})
  })
})

describe('positionOf', () => {
  it('spans two offsets', () => {
    const index = createLineIndex('x\nyz')
    expect(positionOf(index, 2, 4)).toEqual({
      start: {line: 2, column: 1, offset: 2},
      end: {line: 2, column: 3, offset: 4}
    })
  })
})

describe('linesBetween', () => {
  it('returns the whole lines under a range, without their line endings', () => {
    const index = createLineIndex('one\r\ntwo\nthree')
    expect(linesBetween(index, 6, 12)).toEqual([
      {text: 'two', start: 5, end: 8},
      {text: 'three', start: 9, end: 14}
    ])
  })

  it('returns the last line of a file without a final newline in full', () => {
    const index = createLineIndex('a\nlast')
    expect(linesBetween(index, 2, 6)).toEqual([{text: 'last', start: 2, end: 6}])
  })
})

describe('trimmedRange', () => {
  it('drops spaces, tabs and no-break spaces around the text', () => {
    expect(trimmedRange({text: ' \t\u00a0ab c ', start: 10, end: 18})).toEqual({start: 13, end: 17})
  })

  it('collapses a blank line to an empty range', () => {
    const range = trimmedRange({text: '   ', start: 4, end: 7})
    expect(range.end - range.start).toBe(0)
  })
})

describe('isSpace', () => {
  it('accepts space, tab and no-break space only', () => {
    expect([' ', '\t', '\u00a0', 'a', '\n'].map((character) => isSpace(character.charCodeAt(0)))).toEqual([true, true, true, false, false])
  })
})
