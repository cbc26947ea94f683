import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {electionSchema} from '../../src/model/election.js'
import {electionKeyOrder, orderByKeys, type KeyOrder} from '../../src/model/key-order.js'

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
