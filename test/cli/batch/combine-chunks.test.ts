/**
 * Streamed outputs are byte for byte the serializers' outputs for the whole list.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {BatchFormat} from '../../../src/cli/batch/batch-task.js'
import {combineChunks} from '../../../src/cli/batch/combine-chunks.js'
import {writeElectionChunk} from '../../../src/cli/batch/write-election-chunk.js'
import type {Election} from '../../../src/model/election.js'
import {parseElection} from '../../../src/parse-election.js'
import {toCsv} from '../../../src/serialize/to-csv.js'
import {toGfm} from '../../../src/serialize/to-gfm.js'
import {toJson} from '../../../src/serialize/to-json.js'
import {toNdjson} from '../../../src/serialize/to-ndjson.js'
import {toYaml} from '../../../src/serialize/to-yaml.js'
import {VFile} from 'vfile'

const fixtures = path.resolve('fixtures/articles')
const names = readdirSync(fixtures, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
const elections: Election[] = names.map((name) => {
  const value = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')
  return parseElection(new VFile({path: `${name}.md`, value})).election
})
// The same file name twice: CSV ids must be made unique the way `electionIds` does.
const withRepeats = [...elections, ...elections.slice(0, 3)]

const serializers: Record<BatchFormat, (list: Election[]) => string> = {
  json: (list) => toJson(list),
  yaml: (list) => toYaml(list),
  ndjson: (list) => toNdjson(list),
  csv: (list) => toCsv(list),
  gfm: (list) => toGfm(list)
}

/** The combined output of `list` as the batch writes it. */
async function stream(list: readonly Election[], format: BatchFormat): Promise<string> {
  let text = ''
  const combiner = combineChunks(format, 'item', (chunk) => {
    text += chunk
  }, toCsv([]))
  for (const election of list) await combiner.add(await writeElectionChunk(election, format, 'item', false), election.summary.electionId)
  await combiner.finish()
  return text
}

describe('combineChunks', () => {
  for (const format of Object.keys(serializers) as BatchFormat[]) {
    it(`writes the ${format} of a list as the serializer does, repeats included`, async () => {
      expect(await stream(withRepeats, format)).toBe(serializers[format](withRepeats))
    })

    it(`writes the ${format} of an empty list as the serializer does`, async () => {
      expect(await stream([], format)).toBe(format === 'ndjson' ? '' : serializers[format]([]))
    })
  }

  it('writes contest rows as the serializer does, repeats renamed, and says which id each got', async () => {
    let text = ''
    const header = toCsv([], {rows: 'elections'})
    const combiner = combineChunks('csv', 'item', (chunk) => {
      text += chunk
    }, header)
    const ids: string[] = []
    for (const election of withRepeats) {
      ids.push(await combiner.add(await writeElectionChunk(election, 'csv', 'item', false, 'elections'), election.summary.electionId))
    }
    await combiner.finish()
    expect(text).toBe(toCsv(withRepeats, {rows: 'elections'}))
    expect(ids.slice(-3)).toEqual(withRepeats.slice(0, 3).map((election) => `${election.summary.electionId}-2`))
  })

  it('writes one election as a document, as the serializer does', async () => {
    const [election] = elections
    if (election === undefined) throw new Error('Expected fixtures')
    expect(await writeElectionChunk(election, 'json', 'document', false)).toBe(toJson(election))
    expect(await writeElectionChunk(election, 'yaml', 'document', false)).toBe(toYaml(election))
  })
})
