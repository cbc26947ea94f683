import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {estimateBytes} from '../../../src/cli/inputs/estimate-bytes.js'
import type {NamedSource} from '../../../src/cli/inputs/input-source.js'

/** A file source of `bytes` bytes in a fresh folder. */
function fileOf(folder: string, name: string, bytes: number): NamedSource {
  const file = path.join(folder, name)
  writeFileSync(file, 'x'.repeat(bytes))
  return {source: {kind: 'file', path: file, shown: name, content: 'article'}, relative: name}
}

describe('estimateBytes', () => {
  it('adds text exactly and files by their size', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'estimate-bytes-'))
    const sources = [fileOf(folder, 'a.md', 100), fileOf(folder, 'b.md', 300)]
    sources.push({source: {kind: 'text', value: 'héllo', shown: '<stdin>', sourceFile: null, sourceId: null, content: 'article'}, relative: 'stdin'})
    expect(estimateBytes(sources)).toBe(406)
  })

  it('extrapolates the mean of a sample over many files, and counts a missing file as empty', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'estimate-bytes-'))
    const sources = Array.from({length: 100}, (_, at) => fileOf(folder, `${at}.md`, 50))
    expect(estimateBytes(sources)).toBe(5000)
    const missing: NamedSource = {source: {kind: 'file', path: path.join(folder, 'gone.md'), shown: 'gone.md', content: 'article'}, relative: 'gone.md'}
    expect(estimateBytes([missing])).toBe(0)
  })
})
