/**
 * The published JSON Schema of one election.
 */
import {z} from 'zod'
import {electionSchema} from '../model/election.js'

/** Title of the schema. */
const schemaTitle = 'wikitally election'

/**
 * The JSON Schema (draft 2020-12) of one election, generated from `electionSchema` by zod,
 * describing the output of `toJson`: every key required, no others allowed.
 */
export function toJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(electionSchema, {target: 'draft-2020-12', io: 'output'})
  const {$schema, ...rest} = generated
  return {$schema, title: schemaTitle, ...rest}
}

/** `toJsonSchema()` as the bytes of `schema/election.schema.json`: 2-space JSON, final newline. */
export function toJsonSchemaText(): string {
  return JSON.stringify(toJsonSchema(), null, 2) + '\n'
}
