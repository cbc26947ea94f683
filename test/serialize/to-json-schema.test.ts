import {readFile} from 'node:fs/promises'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {toJson} from '../../src/serialize/to-json.js'
import {toJsonSchema, toJsonSchemaText} from '../../src/serialize/to-json-schema.js'
import {election, sampleElection} from './sample-election.js'

/** The committed schema file. */
const committedPath = new URL('../../schema/election.schema.json', import.meta.url)

/** The command that rewrites the committed schema. */
const regenerate = 'npm run build && node scripts/write-schema.mjs'

/** A validator compiled from the schema by ajv, a validator independent of zod. */
function compile(): ReturnType<Ajv2020['compile']> {
  return new Ajv2020({strict: true, allErrors: true}).compile(toJsonSchema())
}

describe('toJsonSchema', () => {
  test('is a draft 2020-12 schema', () => {
    expect(toJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  test('matches the committed schema/election.schema.json', async () => {
    const committed = await readFile(committedPath, 'utf8').catch(() => '')
    expect(committed === toJsonSchemaText(), `schema/election.schema.json is stale or missing: run \`${regenerate}\``).toBe(true)
  })

  test('accepts valid elections, as JSON output, in an independent validator', () => {
    const validate = compile()
    expect(validate(JSON.parse(toJson(sampleElection)))).toBe(true)
    expect(validate(JSON.parse(toJson(election())))).toBe(true)
  })

  test('rejects votes given as text', () => {
    const validate = compile()
    const data: unknown = JSON.parse(toJson(sampleElection).replace('"votes": 9093', '"votes": "many"'))
    expect(validate(data)).toBe(false)
    expect(validate.errors?.[0]?.instancePath).toBe('/candidates/0/votes')
  })

  test('rejects a missing key and an unknown stage', () => {
    const validate = compile()
    const withoutTitle = Object.fromEntries(Object.entries(election()).filter(([key]) => key !== 'title'))
    expect(validate(withoutTitle)).toBe(false)
    expect(validate({...election(), stage: 'runoff'})).toBe(false)
  })
})
