/**
 * `wikitally convert` to datasets: contest rows, SQLite, the GFM report, NDJSON shards.
 */
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import type {Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {afterAll, describe, expect, it} from 'vitest'
import {run} from '../../../../src/cli/run.js'
import {articleFixtures} from '../../../article-fixtures.js'
import {hasPythonSqlite, queryWithPython} from '../../../serialize/py-sqlite.js'
import {makeIo} from '../../make-io.js'

const root = process.cwd()
const seedPath = 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md'
const batchGlob = 'fixtures/articles/*/input.md'
const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-datasets-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** Run `wikitally ARGS` in `cwd` with `stdin`; the exit code and what it wrote. */
async function convert(args: readonly string[], options: {cwd?: string; stdin?: string} = {}) {
  const made = makeIo(options.cwd ?? root, options.stdin === undefined ? {} : {stdin: options.stdin})
  const code = await run(['convert', ...args], made.io)
  return {code, out: made.stdout(), err: made.stderr()}
}

/** CSV text as records keyed by header. */
function records(text: string): Array<Record<string, string>> {
  return parse(text, {columns: true}) as Array<Record<string, string>>
}

describe('convert --rows elections', () => {
  it('writes the seed contest row: Edwards over Kerry by 4,249 votes and 23.86 points of 17,809', async () => {
    const {code, out} = await convert([seedPath, '--to', 'csv', '--rows', 'elections'])
    expect(code).toBe(0)
    expect(records(out)).toEqual([expect.objectContaining({
      election_id: '2004-nc-democratic-caucus',
      winner: 'John Edwards',
      runner_up: 'John Kerry',
      margin_votes: '4249',
      margin_points: '23.86',
      total_votes: '17809'
    })])
  })

  it('gives the seed the same id from any working folder and any file name', async () => {
    const elsewhere = path.join(folder, 'some where', 'deeper')
    const copy = path.join(elsewhere, 'Copy of NC (2).txt')
    mkdirSync(elsewhere, {recursive: true})
    copyFileSync(path.join(root, seedPath), copy)
    const runs = [
      await convert([seedPath, '--to', 'csv', '--rows', 'elections']),
      await convert(['Copy of NC (2).txt', '--to', 'csv', '--rows', 'elections'], {cwd: elsewhere}),
      await convert([copy, '--to', 'csv'], {cwd: folder}),
      await convert(['--to', 'csv', '--rows', 'elections'], {cwd: folder, stdin: readFileSync(seedPath, 'utf8')})
    ]
    expect(runs.map((result) => new Set(records(result.out).map((row) => row.election_id)))).toEqual(runs.map(() => new Set(['2004-nc-democratic-caucus'])))
  })

  it('renames a repeated contest in input order and says so in an info line', async () => {
    const {code, out, err} = await convert([seedPath, seedPath, '--to', 'csv', '--rows', 'elections'])
    expect(code).toBe(0)
    expect(records(out).map((row) => row.election_id)).toEqual(['2004-nc-democratic-caucus', '2004-nc-democratic-caucus-2'])
    expect(err).toContain(`${seedPath}:1:1  info  Expected a unique election id, got \`2004-nc-democratic-caucus\` again; written as \`2004-nc-democratic-caucus-2\`  duplicate-election-id`)
  })

  it('refuses --rows without --to csv, and an unknown kind', async () => {
    expect((await convert([seedPath, '--rows', 'elections'])).code).toBe(2)
    expect((await convert([seedPath, '--to', 'csv', '--rows', 'contests'])).err).toContain('Expected --rows to be one of candidates, elections, got `contests`')
  })
})

describe('convert --to sqlite', () => {
  it('refuses to write a database without -o', async () => {
    const {code, err} = await convert([seedPath, '--to', 'sqlite'])
    expect(code).toBe(2)
    expect(err).toContain('Expected -o FILE with --to sqlite')
  })

  it('writes the fixture batch as a database that reads back as the JSON of the same batch', async () => {
    const database = path.join(folder, 'batch.db')
    const written = await convert([batchGlob, '--to', 'sqlite', '-o', database, '--jobs', '2'])
    expect(written.code).toBe(0)
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
    const back = await convert([database, '--to', 'json'])
    const json = await convert([batchGlob, '--to', 'json'])
    expect(back.code).toBe(0)
    expect(back.out).toBe(json.out)
    expect(JSON.parse(back.out)).toHaveLength(articleFixtures().length)
  })

  it.skipIf(!hasPythonSqlite())('gives Python\'s sqlite3 the tables, clean foreign keys, every candidate row and every winner', async () => {
    const database = path.join(folder, 'python.db')
    expect((await convert([batchGlob, '--to', 'sqlite', '-o', database])).code).toBe(0)
    const csv = records((await convert([batchGlob, '--to', 'csv'])).out)
    const [tables, problems, candidates, missing, winners] = queryWithPython(database, [
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      'PRAGMA foreign_key_check',
      'SELECT count(*) FROM candidates',
      'SELECT election_id FROM elections e WHERE NOT EXISTS (SELECT 1 FROM candidates c JOIN elections w USING (election_id) WHERE w.election_id = e.election_id AND c.winner = 1 AND c.name = e.winner)',
      'SELECT count(*) FROM elections WHERE winner IS NOT NULL'
    ])
    expect(tables).toEqual([['candidates'], ['elections'], ['infobox'], ['messages'], ['meta']])
    expect(problems).toEqual([])
    expect(candidates).toEqual([[csv.length]])
    expect(missing).toEqual([])
    expect(winners).toEqual([[articleFixtures().length]])
  })

  it('refuses a file that is not a database, naming it', async () => {
    const {code, err} = await convert(['fixtures/articles/2004-north-carolina-democratic-caucuses/input.md', '--from', 'sqlite', '--to', 'json'])
    expect(code).toBe(1)
    expect(err).toContain('data-invalid')
  })
})

describe('convert --to gfm', () => {
  it('writes the seed as a report whose GFM table holds its figures', async () => {
    const {code, out} = await convert([seedPath, '--to', 'gfm'])
    expect(code).toBe(0)
    const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(out)
    const table = tree.children.find((node): node is Table => node.type === 'table')
    expect(table?.align).toEqual(['left', 'right', 'right', 'right'])
    const cells = table?.children.map((row) => row.children.map((cell) => toString(cell)))
    expect(cells?.[1]).toEqual(['John Edwards ✓ (withdrawn)', '9093', '51.06', '57'])
    expect(cells?.at(-1)).toEqual(['Total', '17809', '100', '107'])
  })

  it('writes one report per input under --out-dir, as markdown files', async () => {
    const out = path.join(folder, 'reports')
    expect((await convert([seedPath, '--to', 'gfm', '--out-dir', out, '-q'])).code).toBe(0)
    expect(readdirSync(out, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.md.md'))).toHaveLength(1)
  })

  it('writes a batch as the reports one after the other', async () => {
    const {code, out} = await convert([batchGlob, '--to', 'gfm', '--jobs', '1'])
    expect(code).toBe(0)
    const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(out)
    expect(tree.children.filter((node) => node.type === 'table')).toHaveLength(articleFixtures().length)
  })
})

describe('convert --from ndjson --to ndjson', () => {
  const fixtureRecords = articleFixtures().map((fixture) => JSON.stringify({id: fixture.slug, text: fixture.input}))
  // A record that fails to parse, one without an id, and one whose article has no election.
  const lines = [...fixtureRecords, '{"id": "broken", "text": 3}', JSON.stringify({text: articleFixtures()[0]?.input}), '{"id": "empty", "text": "= Nothing here ="}']

  /** The NDJSON output of converting `part`. */
  async function shard(part: readonly string[], jobs: string): Promise<string> {
    const {out} = await convert(['--from', 'ndjson', '--to', 'ndjson', '--jobs', jobs, '-q'], {stdin: part.map((line) => line + '\n').join('')})
    return out
  }

  it('gives the same lines for the input split in 3 shards as in 1', async () => {
    const third = Math.ceil(lines.length / 3)
    const shards = [lines.slice(0, third), lines.slice(third, 2 * third), lines.slice(2 * third)]
    const whole = await shard(lines, '2')
    const pieces = await Promise.all(shards.map((part, at) => shard(part, String(at + 1))))
    expect(pieces.join('')).toBe(whole)
    expect(whole.trimEnd().split('\n')).toHaveLength(lines.length)
  })

  it('carries each record\'s id as sourceId and turns a failed record into an error line', async () => {
    const output = (await shard(lines, '1')).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(output.slice(0, fixtureRecords.length).map((line) => line.sourceId)).toEqual(articleFixtures().map((fixture) => fixture.slug))
    expect(output.slice(fixtureRecords.length)).toEqual([
      {sourceId: 'broken', error: {ruleId: 'record-invalid', reason: 'Expected a JSON object: an election, or an article with a string `text` field, got a `text` of type `number`'}},
      expect.objectContaining({sourceId: null, sourceFile: null}),
      {sourceId: 'empty', error: {ruleId: 'no-election', reason: 'Expected an election (a results table or infobox candidates), got none'}}
    ])
  })

  it('puts failed records in --errors instead, with their ids, and keeps the output elections only', async () => {
    const errors = path.join(folder, 'errors.json')
    const {code, out} = await convert(['--from', 'ndjson', '--to', 'ndjson', '--errors', errors, '-q'], {stdin: lines.slice(-3).join('\n')})
    expect(code).toBe(1)
    expect(out.trimEnd().split('\n')).toHaveLength(1)
    expect(existsSync(errors)).toBe(true)
    expect(JSON.parse(readFileSync(errors, 'utf8'))).toEqual([
      {file: '<stdin>#1', ruleId: 'record-invalid', reason: expect.any(String), sourceId: 'broken'},
      {file: 'empty', ruleId: 'no-election', reason: expect.any(String), sourceId: 'empty'}
    ])
  })
})
