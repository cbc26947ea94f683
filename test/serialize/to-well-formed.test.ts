import {describe, expect, test} from 'vitest'
import {toWellFormed} from '../../src/serialize/to-well-formed.js'

describe('toWellFormed', () => {
  test('replaces lone surrogates and keeps pairs', () => {
    expect(toWellFormed('a\ud800b\udc00c😀')).toBe('a\ufffdb\ufffdc😀')
    expect(toWellFormed('\udc00\ud800')).toBe('\ufffd\ufffd')
  })
})
