import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {orderBySchema} from '../../src/serialize/order-by-schema.js'

const schema = z.object({a: z.number(), b: z.array(z.object({c: z.string(), d: z.string()})).nullable()})

describe('orderBySchema', () => {
  test('puts keys in schema order at every depth and drops unknown keys', () => {
    const ordered = orderBySchema(schema, {x: 1, b: [{d: 'd', c: 'c'}], a: 1})
    expect(JSON.stringify(ordered)).toBe('{"a":1,"b":[{"c":"c","d":"d"}]}')
  })

  test('copies values that do not fit as they are', () => {
    expect(orderBySchema(schema, 'text')).toBe('text')
    expect(orderBySchema(schema, {a: 1, b: null})).toEqual({a: 1, b: null})
  })

  test('keeps `__proto__` data out of the prototype', () => {
    const ordered = orderBySchema(schema, JSON.parse('{"__proto__": {"a": 2}, "b": null}')) as object
    expect(Object.getPrototypeOf(ordered)).toBe(Object.prototype)
    expect(ordered).toEqual({b: null})
  })
})
