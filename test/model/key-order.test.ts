import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {electionSchema} from '../../src/model/election.js'
import {electionKeyOrder, isInKeyOrder, keyListOf, orderByKeys, type KeyOrder} from '../../src/model/key-order.js'

/** The key order a zod schema gives, in the shape of {@link KeyOrder}. */
function keyOrderOf(schema: z.core.$ZodType): KeyOrder | null {
  if (schema instanceof z.ZodNullable) return keyOrderOf(schema.unwrap() as z.core.$ZodType)
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.core.$ZodType
    return element instanceof z.ZodObject ? keyOrderOf(element) : null
  }
  if (!(schema instanceof z.ZodObject)) return null
  const order: Record<string, KeyOrder | null> = {}
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.core.$ZodType>)) order[key] = keyOrderOf(field)
  return order
}

describe('electionKeyOrder', () => {
  test('agrees with the election schema at every depth', () => {
    expect(electionKeyOrder).toEqual(keyOrderOf(electionSchema))
  })
})

describe('orderByKeys', () => {
  const order: KeyOrder = {a: null, b: {c: null, d: null}}

  test('puts keys in order at every depth, lists item by item, and drops unknown keys', () => {
    const ordered = orderByKeys(order, {x: 1, b: [{d: 'd', c: 'c'}], a: 1})
    expect(JSON.stringify(ordered)).toBe('{"a":1,"b":[{"c":"c","d":"d"}]}')
  })

  test('copies scalars and nulls as they are', () => {
    expect(orderByKeys(order, 'text')).toBe('text')
    expect(orderByKeys(order, {a: 1, b: null})).toEqual({a: 1, b: null})
  })

  test('keeps `__proto__` data out of the prototype', () => {
    const ordered = orderByKeys(order, JSON.parse('{"__proto__": {"a": 2}, "b": null}')) as object
    expect(Object.getPrototypeOf(ordered)).toBe(Object.prototype)
    expect(ordered).toEqual({b: null})
  })
})

describe('isInKeyOrder', () => {
  const order: KeyOrder = {a: null, b: {c: null, d: null}}
  const list = keyListOf(order)

  test('accepts objects whose keys are a subset of the order, in order, at every depth', () => {
    expect(isInKeyOrder(list, {a: 1, b: [{c: 1, d: 2}, {d: 2}]})).toBe(true)
    expect(isInKeyOrder(list, {b: null})).toBe(true)
  })

  test('refuses a key out of order, an unknown key, and `__proto__` data', () => {
    expect(isInKeyOrder(list, {b: null, a: 1})).toBe(false)
    expect(isInKeyOrder(list, {a: 1, b: [{c: 1}, {d: 2, c: 1}]})).toBe(false)
    expect(isInKeyOrder(list, {a: 1, x: 2})).toBe(false)
    expect(isInKeyOrder(list, JSON.parse('{"__proto__": {"a": 2}, "b": null}'))).toBe(false)
  })

  test('agrees with orderByKeys: what it accepts, orderByKeys copies unchanged', () => {
    for (const value of [{a: 1, b: [{c: 1, d: 2}]}, {b: [{d: 1, c: 2}], a: 1}, {x: 1}, {a: {c: 1}}]) {
      if (isInKeyOrder(list, value)) expect(JSON.stringify(orderByKeys(order, value))).toBe(JSON.stringify(value))
      else expect(JSON.stringify(orderByKeys(order, value))).not.toBe(JSON.stringify(value))
    }
  })
})
