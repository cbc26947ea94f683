/**
 * Rebuilding data in the key order of its zod schema.
 */
import {z} from 'zod'

/**
 * Copy `value` with every object's keys in the order of `schema`'s shape.
 *
 * Data read from elsewhere (a YAML file, a hand-edited JSON) may list keys in any order;
 * serializers run it through here so their bytes depend on the data only. Keys the schema
 * does not know are dropped; keys the value lacks stay absent. Never throws: a value that
 * does not fit the schema is copied as it is.
 */
export function orderBySchema(schema: z.core.$ZodType, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (schema instanceof z.ZodNullable) return orderBySchema(schema.unwrap(), value)
  if (schema instanceof z.ZodArray) {
    return Array.isArray(value) ? value.map((item: unknown) => orderBySchema(schema.element, item)) : value
  }
  if (schema instanceof z.ZodObject && !Array.isArray(value)) {
    const source = value as Readonly<Record<string, unknown>>
    const ordered: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.core.$ZodType>)) {
      if (Object.hasOwn(source, key)) ordered[key] = orderBySchema(field, source[key])
    }
    return ordered
  }
  return value
}
