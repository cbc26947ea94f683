import {describe, expect, test} from 'vitest'
import {describeValue} from '../../src/serialize/describe-value.js'

describe('describeValue', () => {
  test('shows values as JSON would', () => {
    expect([describeValue('many'), describeValue(12), describeValue(null), describeValue(true)]).toEqual(['"many"', '12', 'null', 'true'])
  })

  test('names containers and a missing value', () => {
    expect([describeValue([1]), describeValue({}), describeValue(undefined)]).toEqual(['array', 'object', 'nothing'])
  })

  test('cuts long strings', () => {
    expect(describeValue('x'.repeat(50))).toBe(JSON.stringify('x'.repeat(40) + '…'))
  })
})
