/**
 * `convert` on a folder of hundreds of articles with broken files among them.
 */
import {mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {makeIo} from '../cli/make-io.js'

const articleCount = 400
const fixtures = path.resolve('fixtures/articles')
const sources = readdirSync(fixtures, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => readFileSync(path.join(fixtures, name, 'input.md'), 'utf8'))
const seed = sources.find((text) => text.includes('North Carolina')) ?? ''

/** Broken inputs by file name, with the rule id each must fail with. */
const broken: Record<string, {content: string | Uint8Array; ruleId: string}> = {
  'broken/empty.md': {content: '', ruleId: 'file-empty'},
  'broken/blank.txt': {content: '  \n\n\t\n', ruleId: 'file-empty'},
  'broken/bom-only.md': {content: '\uFEFF', ruleId: 'file-empty'},
  'broken/nul.md': {content: new Uint8Array([0x23, 0x20, 0x41, 0x00, 0x01, 0x02, 0x0a]), ruleId: 'file-binary'},
  'broken/noise.md': {content: Uint8Array.from({length: 4096}, (_, at) => (at * 7919) % 256 || 1), ruleId: 'file-binary'},
  'broken/cut.md': {content: seed.slice(0, 60), ruleId: 'no-election'},
  'broken/prose.md': {content: '= Some article =\n\nNothing about votes here.\n', ruleId: 'no-election'},
  'broken/title-only.txt': {content: '= 2004 Utah Democratic primary =\n', ruleId: 'no-election'},
  'broken/dates-table.md': {content: '= Calendar =\n\n| Date | Event |\n| June 1 | Primary |\n', ruleId: 'no-election'},
  'broken/pipes.md': {content: '|'.repeat(3 * 1024 * 1024) + '\n', ruleId: 'file-too-large'},
  'broken/huge.md': {content: seed.repeat(Math.ceil((3 * 1024 * 1024) / seed.length)), ruleId: 'file-too-large'},
  'broken/latin1.md': {content: Uint8Array.from({length: 2000}, (_, at) => (at % 3 === 0 ? 0xe9 : 0x41)), ruleId: 'file-binary'}
}

let folder = ''
let good: string[] = []

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-batch-'))
  good = []
  for (let index = 0; index < articleCount; index++) {
    const name = `articles/part-${index % 7}/article-${String(index).padStart(3, '0')}.${index % 5 === 0 ? 'txt' : 'md'}`
    mkdirSync(path.join(folder, path.dirname(name)), {recursive: true})
    writeFileSync(path.join(folder, name), sources[index % sources.length] ?? '')
    good.push(name)
  }
  // `a.md` and `a.txt` side by side must get their own output files.
  writeFileSync(path.join(folder, 'articles/part-0/twin.txt'), seed)
  writeFileSync(path.join(folder, 'articles/part-0/twin.md'), seed)
  good.push('articles/part-0/twin.txt', 'articles/part-0/twin.md')
  for (const [name, {content}] of Object.entries(broken)) {
    mkdirSync(path.join(folder, 'articles', path.dirname(name)), {recursive: true})
    writeFileSync(path.join(folder, 'articles', name), content)
  }
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

describe('convert on a folder with broken files', () => {
  it('writes one CSV with every good article, names every broken file, and exits 1', async () => {
    const {io, stderr} = makeIo(folder)
    const code = await run(['convert', 'articles', '--to', 'csv', '-o', 'out/all.csv', '--errors', 'out/errors.json', '--max-size', '2MiB', '--jobs', '2', '-q'], io)
    expect(code).toBe(1)
    const csv = readFileSync(path.join(folder, 'out/all.csv'), 'utf8')
    const rows = parse(csv, {columns: true}) as Array<Record<string, string>>
    expect(csv.split('\n').filter((line) => line.startsWith('election_id,'))).toHaveLength(1)
    expect(new Set(rows.map((row) => row.source_file))).toEqual(new Set(good))
    const ids = new Set(rows.map((row) => `${row.source_file}\n${row.election_id}`))
    expect(new Set([...ids].map((pair) => pair.split('\n')[1])).size).toBe(good.length)
    const errors = JSON.parse(readFileSync(path.join(folder, 'out/errors.json'), 'utf8')) as Array<{file: string; ruleId: string}>
    expect(Object.fromEntries(errors.map((error) => [error.file, error.ruleId]))).toEqual(
      Object.fromEntries(Object.entries(broken).map(([name, {ruleId}]) => [`articles/${name}`, ruleId]))
    )
    for (const name of Object.keys(broken)) expect(stderr()).toContain(`articles/${name}`)
    expect(readdirSync(path.join(folder, 'out'))).toEqual(['all.csv', 'errors.json'])
  })

  it('writes the same bytes with one job as with two', async () => {
    const {io} = makeIo(folder)
    await run(['convert', 'articles', '--to', 'csv', '-o', 'out/one-job.csv', '--max-size', '2MiB', '--jobs', '1', '-q'], io)
    expect(readFileSync(path.join(folder, 'out/one-job.csv'), 'utf8')).toBe(readFileSync(path.join(folder, 'out/all.csv'), 'utf8'))
  })

  it('mirrors the tree under --out-dir, and a rerun gives the same bytes and no temporary file', async () => {
    const first = makeIo(folder)
    expect(await run(['convert', 'articles', '--out-dir', 'tree', '--max-size', '2MiB', '-q'], first.io)).toBe(1)
    const snapshot = readTree(path.join(folder, 'tree'))
    expect(Object.keys(snapshot)).toHaveLength(good.length)
    expect(snapshot['part-0/twin.md.json']).toBeDefined()
    expect(snapshot['part-0/twin.txt.json']).toBeDefined()
    const second = makeIo(folder)
    expect(await run(['convert', 'articles', '--out-dir', 'tree', '--max-size', '2MiB', '-q'], second.io)).toBe(1)
    expect(readTree(path.join(folder, 'tree'))).toEqual(snapshot)
  })
})

/** Every file under `root` by relative path, with its text; dot files included. */
function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(root, full)] = readFileSync(full, 'utf8')
  }
  return files
}
