import {describe, expect, test} from 'vitest'
import {formatLongDate} from '../../src/serialize/format-long-date.js'

describe('formatLongDate', () => {
  test('writes an ISO date as Month D, YYYY', () => {
    expect(formatLongDate('2004-04-17')).toBe('April 17, 2004')
    expect(formatLongDate('1852-11-02')).toBe('November 2, 1852')
  })

  test('gives null for what is not an ISO date', () => {
    expect(formatLongDate('2004')).toBeNull()
    expect(formatLongDate('2004-13-01')).toBeNull()
    expect(formatLongDate('2004-01-00')).toBeNull()
    expect(formatLongDate('April 17, 2004')).toBeNull()
  })
})
