import {describe, expect, test} from 'vitest'
import {readCsvCell} from '../../src/serialize/read-csv-cell.js'

describe('readCsvCell', () => {
  test('reads a bare empty cell as null and a quoted one as the empty string', () => {
    expect(readCsvCell({text: '', quoted: false}, 'text', false)).toEqual({ok: true, value: null})
    expect(readCsvCell({text: '', quoted: true}, 'text', false)).toEqual({ok: true, value: ''})
  })

  test('casts only number, integer and boolean cells', () => {
    expect(readCsvCell({text: '0123', quoted: false}, 'text', false)).toEqual({ok: true, value: '0123'})
    expect(readCsvCell({text: '1e+21', quoted: false}, 'number', false)).toEqual({ok: true, value: 1e21})
    expect(readCsvCell({text: 'false', quoted: false}, 'boolean', false)).toEqual({ok: true, value: false})
  })

  test('drops the formula prefix unless raw', () => {
    expect(readCsvCell({text: "'=1", quoted: false}, 'text', false)).toEqual({ok: true, value: '=1'})
    expect(readCsvCell({text: "'=1", quoted: false}, 'text', true)).toEqual({ok: true, value: "'=1"})
  })

  test('says what a bad cell holds', () => {
    expect(readCsvCell({text: '9,093', quoted: true}, 'number', false)).toEqual({ok: false, reason: 'expected number, got "9,093"'})
    expect(readCsvCell({text: '2004.5', quoted: false}, 'integer', false)).toEqual({ok: false, reason: 'expected integer, got "2004.5"'})
    expect(readCsvCell({text: 'yes', quoted: false}, 'boolean', false)).toEqual({ok: false, reason: 'expected boolean, got "yes"'})
    expect(readCsvCell({text: '', quoted: true}, 'number', false)).toEqual({ok: false, reason: 'expected number, got ""'})
  })
})
