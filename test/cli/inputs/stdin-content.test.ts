import {readFileSync} from 'node:fs'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../../src/cli/run.js'
import {makeIo} from '../make-io.js'
import {runCli} from '../run-cli.js'

const fixture = 'fixtures/articles/2004-alabama-democratic-primary'
const title = '2004 Alabama Democratic presidential primary'
const json = readFileSync(`${fixture}/election.json`, 'utf8')
const record = JSON.stringify(JSON.parse(json))

/** The same election in each format standard input may carry, and how many elections it holds. */
const formats: ReadonlyArray<[name: string, stdin: string, count: number, file: string]> = [
  ['a JSON object', json, 1, 'one.json'],
  ['a JSON array', `[${record}, ${record}]`, 2, 'two.json'],
  ['NDJSON election records', `${record}\n${record}\n`, 2, 'two.ndjson'],
  ['YAML', readFileSync(`${fixture}/election.yaml`, 'utf8'), 1, 'one.yaml'],
  ['CSV', readFileSync(`${fixture}/election.csv`, 'utf8'), 1, 'one.csv']
]

/** The commands compared, each reading standard input. */
const commands: ReadonlyArray<readonly string[]> = [['show'], ['convert'], ['convert', '--to', 'yaml'], ['check']]

let root = ''

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wikitally-stdin-'))
})

describe('standard input is decided by its content', () => {
  it.each(formats)('show - shows %s as elections', async (_name, stdin, count) => {
    const result = await runCli(root, ['show', '-'], stdin)
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('(untitled election)')
    expect(result.stdout.split(title).length - 1).toBe(count)
  })

  it.each(formats)('convert - reads %s back as the same election', async (name, stdin, count) => {
    const result = await runCli(root, ['convert', '-'], stdin)
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout) as unknown
    const elections = (Array.isArray(parsed) ? parsed : [parsed]) as Array<{title: string; candidates: unknown[]}>
    expect(elections).toHaveLength(count)
    const expected = JSON.parse(json) as {candidates: unknown[]}
    // CSV carries no positions or source tables (docs/csv.md): its candidates' figures are compared.
    const carried = (candidates: unknown[]): unknown[] =>
      name === 'CSV' ? (candidates as Array<Record<string, unknown>>).map(({name: who, party, votes, percent, delegates, winner}) => ({who, party, votes, percent, delegates, winner})) : candidates
    for (const election of elections) {
      expect(election.title).toBe(title)
      expect(carried(election.candidates)).toEqual(carried(expected.candidates))
    }
  })

  it.each(formats)('gives %s the verdict it gets in a file with its extension', async (_name, stdin, _count, file) => {
    await writeFile(path.join(root, file), stdin)
    for (const command of commands) {
      const fromStdin = await runCli(root, [...command, '-'], stdin)
      const fromFile = await runCli(root, [...command, file], '')
      const shown = (text: string): string => text.replaceAll(file, '<stdin>').replace(/ in \d+(?:\.\d+)? m?s.*$/gm, '')
      expect({code: fromStdin.code, stdout: fromStdin.stdout, stderr: shown(fromStdin.stderr)}).toEqual({code: fromFile.code, stdout: shown(fromFile.stdout), stderr: shown(fromFile.stderr)})
    }
  })

  it.each(formats)('check - refuses %s as not an article', async (_name, stdin) => {
    const result = await runCli(root, ['check', '-'], stdin)
    expect(result.code).toBe(1)
    expect(result.stdout + result.stderr).toContain('file-not-article')
  })

  it.each(formats)('reads %s saved as UTF-16 the way it reads the UTF-8 text', async (_name, stdin) => {
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(stdin, 'utf16le')]))
    const made = makeIo(root)
    made.io.readStdin = async () => utf16
    expect(await run(['show', '-'], made.io)).toBe(0)
    expect(made.stdout()).toBe((await runCli(root, ['show', '-'], stdin)).stdout)
  })

  it('reads a database as the same elections a file named .db holds', async () => {
    await writeFile(path.join(root, 'one.json'), json)
    expect((await runCli(root, ['convert', '--to', 'sqlite', '-o', 'one.db', 'one.json'])).code).toBe(0)
    const made = makeIo(root)
    made.io.readStdin = async () => new Uint8Array(readFileSync(path.join(root, 'one.db')))
    expect(await run(['convert', '-'], made.io)).toBe(0)
    expect(made.stdout()).toBe((await runCli(root, ['convert', 'one.db'])).stdout)
    expect((JSON.parse(made.stdout()) as {title: string}).title).toBe(title)
  })

  it('still reads an article from standard input as an article', async () => {
    const article = readFileSync(`${fixture}/input.md`, 'utf8')
    const shown = await runCli(root, ['show', '-'], article)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain(title)
    const checked = await runCli(root, ['check', '-'], article)
    expect(checked.stdout + checked.stderr).not.toContain('file-not-article')
  })

  it('still reads election data as an article when `--from article` says so', async () => {
    const result = await runCli(root, ['convert', '--from', 'article', '-'], json)
    expect((JSON.parse(result.stdout) as {title: unknown}).title).toBeNull()
  })

  it('reads NDJSON records past `--max-size` one line at a time', async () => {
    const lines = `${record}\n${record}\n${record}\n`
    const result = await runCli(root, ['convert', '--to', 'ndjson', '--max-size', String(record.length + 100), '-'], lines)
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n')).toHaveLength(3)
  })

  it('refuses one document past `--max-size` as too large', async () => {
    const result = await runCli(root, ['show', '--max-size', '100', '-'], json)
    expect(result.code).toBe(1)
    expect(result.stdout + result.stderr).toContain('file-too-large')
  })
})
