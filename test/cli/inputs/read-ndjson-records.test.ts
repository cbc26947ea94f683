import {describe, expect, it} from 'vitest'
import type {NamedSource} from '../../../src/cli/inputs/input-source.js'
import {readNdjsonRecords} from '../../../src/cli/inputs/read-ndjson-records.js'

/** `text` as a stream cut into `size`-byte chunks, to split lines and characters. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size)
}

async function collect(text: string, size = 3): Promise<NamedSource[]> {
  const found: NamedSource[] = []
  for await (const item of readNdjsonRecords(chunks(text, size), '<stdin>')) found.push(item)
  return found
}

describe('readNdjsonRecords', () => {
  it('reads one article per line, with or without id, across chunk and character boundaries', async () => {
    const found = await collect('{"id":"é/1","text":"= A ="}\r\n\n{"text":"= B ="}')
    expect(found).toEqual([
      {source: {kind: 'text', value: '= A =', shown: 'é/1', sourceFile: 'é/1', sourceId: 'é/1'}, relative: 'é/1'},
      {source: {kind: 'text', value: '= B =', shown: '<stdin>#3', sourceFile: null, sourceId: null}, relative: 'line-3'}
    ])
  })

  it('turns a bad line into a failed source and goes on', async () => {
    const found = await collect('not json\n{"text": 3}\n{"id": 7, "text": "x"}\n', 64)
    expect(found.map((item) => item.source.kind)).toEqual(['failed', 'failed', 'text'])
    expect(found[1]?.source.kind === 'failed' && found[1].source.failure.reason).toBe('Expected a JSON object with a string `text` field, got a `text` of type `number`')
    expect(found[2]?.source.shown).toBe('7')
  })

  it('keeps the id of a record without a text, so its failure can name it', async () => {
    const [failed, anonymous] = await collect('{"id": "2004/ohio", "text": null}\n{"text": false}\n', 64)
    expect(failed?.source).toMatchObject({kind: 'failed', shown: '<stdin>#1', failure: {file: '<stdin>#1', ruleId: 'record-invalid', sourceId: '2004/ohio'}})
    expect(anonymous?.source.kind === 'failed' && anonymous.source.failure).toEqual({
      file: '<stdin>#2',
      ruleId: 'record-invalid',
      reason: 'Expected a JSON object with a string `text` field, got a `text` of type `boolean`'
    })
  })
})
