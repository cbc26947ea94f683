import {describe, expect, it} from 'vitest'
import type {NamedSource} from '../../../src/cli/inputs/input-source.js'
import {readNdjsonRecords} from '../../../src/cli/inputs/read-ndjson-records.js'

/** `text` as a stream cut into `size`-byte chunks, to split lines and characters. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size)
}

async function collect(text: string, size = 3, maxSize = 1 << 20): Promise<NamedSource[]> {
  const found: NamedSource[] = []
  for await (const item of readNdjsonRecords(chunks(text, size), '<stdin>', maxSize)) found.push(item)
  return found
}

describe('readNdjsonRecords', () => {
  it('reads one article per line, with or without id, across chunk and character boundaries', async () => {
    const found = await collect('{"id":"é/1","text":"= A ="}\r\n\n{"text":"= B ="}')
    expect(found).toEqual([
      {source: {kind: 'text', value: '= A =', shown: 'é/1', sourceFile: 'é/1', sourceId: 'é/1', content: 'article'}, relative: 'é/1'},
      {source: {kind: 'text', value: '= B =', shown: '<stdin>#3', sourceFile: null, sourceId: null, content: 'article'}, relative: 'line-3'}
    ])
  })

  it('turns a bad line into a failed source and goes on', async () => {
    const found = await collect('not json\n{"text": 3}\n{"id": 7, "text": "x"}\n[1]\n', 64)
    expect(found.map((item) => item.source.kind)).toEqual(['failed', 'failed', 'text', 'failed'])
    expect(found[1]?.source.kind === 'failed' && found[1].source.failure.reason).toBe('Expected a JSON object: an election, or an article with a string `text` field, got a `text` of type `number`')
    expect(found[2]?.source.shown).toBe('7')
  })

  it('reads a JSON object without `text` as an election record, by its content', async () => {
    const found = await collect('{"title": "T", "candidates": []}\n{"text": "= A ="}\n')
    expect(found.map((item) => item.source.kind === 'text' && item.source.content)).toEqual(['json', 'article'])
  })

  it('drops a line longer than the cap as it streams, keeping the lines around it', async () => {
    const long = `{"text": "${'x'.repeat(5000)}"}`
    const found = await collect(`{"text": "a"}\n${long}\n{"text": "b"}\n`, 256, 1000)
    expect(found.map((item) => item.source.kind === 'failed' ? item.source.failure.ruleId : item.source.kind === 'text' && item.source.value)).toEqual(['a', 'file-too-large', 'b'])
  })

  it('keeps the id of a record without a text as data, naming it by its line', async () => {
    const [failed] = await collect('{"id": "2004/ohio", "text": null}\n', 64)
    expect(failed?.source).toMatchObject({kind: 'failed', shown: '<stdin>#1', failure: {file: '<stdin>#1', ruleId: 'record-invalid', sourceId: '2004/ohio'}})
  })
})
