/**
 * Write schema/election.schema.json from the built election model.
 *
 *     npm run build && node scripts/write-schema.mjs
 *
 * The test test/serialize/to-json-schema.test.ts fails while the committed file is stale.
 */
import {writeFile} from 'node:fs/promises'
import {URL} from 'node:url'
import {toJsonSchemaText} from '../dist/serialize/to-json-schema.js'

const target = new URL('../schema/election.schema.json', import.meta.url)
await writeFile(target, toJsonSchemaText())
console.log('wrote schema/election.schema.json')
