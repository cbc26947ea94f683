import {describe, expect, test} from 'vitest'
import {codes} from '../../src/parse/codes.js'

describe('codes', () => {
  test('names the code of each character it stands for', () => {
    expect(codes).toEqual({
      horizontalTab: '\t'.charCodeAt(0),
      lineFeed: '\n'.charCodeAt(0),
      carriageReturn: '\r'.charCodeAt(0),
      space: ' '.charCodeAt(0),
      dash: '-'.charCodeAt(0),
      colon: ':'.charCodeAt(0),
      verticalBar: '|'.charCodeAt(0),
      noBreakSpace: '\u00A0'.charCodeAt(0),
      byteOrderMarker: '\uFEFF'.charCodeAt(0)
    })
  })
})
