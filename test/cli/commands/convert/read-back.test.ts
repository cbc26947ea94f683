/**
 * Election data reads back through every command: NDJSON records by their content, data
 * files never misread as articles, and `-o` naming the format.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../../run-cli.js'

const articles = ['2004-north-carolina-democratic-caucuses', '2004-michigan-democratic-caucuses'].map((name) => path.resolve('fixtures/articles', name, 'input.md'))

let folder = ''

/** Run the CLI in the test's folder. */
const cli = (argv: readonly string[], stdin?: string) => runCli(folder, argv, stdin)

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-read-back-'))
  for (const format of ['json', 'ndjson']) {
    const result = await cli(['convert', ...articles, '--to', format, '-q'])
    writeFileSync(path.join(folder, `all.${format}`), result.stdout)
  }
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

describe('NDJSON of elections reads back', () => {
  it('by its extension, to the same bytes', async () => {
    const result = await cli(['convert', 'all.ndjson', '--to', 'ndjson'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(readFileSync(path.join(folder, 'all.ndjson'), 'utf8'))
    expect((await cli(['convert', 'all.ndjson', '--to', 'json'])).stdout).toBe(readFileSync(path.join(folder, 'all.json'), 'utf8'))
  })

  it('with --from ndjson, election and article records mixed, decided per record', async () => {
    const [first = ''] = readFileSync(path.join(folder, 'all.ndjson'), 'utf8').split('\n')
    const article = JSON.stringify({id: 'mi/2004', text: readFileSync(articles[1] ?? '', 'utf8')})
    const result = await cli(['convert', '--from', 'ndjson', '--to', 'ndjson', '-q', '--jobs', '1'], `${first}\n${article}\n`)
    expect(result.code).toBe(0)
    const titles = result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as {title: string}).title)
    expect(titles).toEqual(['2004 North Carolina Democratic presidential caucuses', 'Michigan Democratic caucuses, 2004'])
  })

  it('names an election record that does not fit the schema, keeps the others, and holds its place with an error line', async () => {
    const [first = '', second = ''] = readFileSync(path.join(folder, 'all.ndjson'), 'utf8').split('\n')
    const broken = first.replace(/"votes":\d+/, '"votes":"many"')
    const result = await cli(['convert', '--from', 'ndjson', '--to', 'ndjson', '-q', '--jobs', '1'], `${broken}\n${second}\n`)
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {error?: {ruleId: string}})
    expect(lines.map((line) => line.error?.ruleId ?? 'election')).toEqual(['data-invalid', 'election'])
    expect(result.stderr).toMatch(/<stdin>#1:1:1 {2}error {2}Invalid JSON elections.*data-invalid/s)
  })

  it('to markdown, one article per election', async () => {
    const result = await cli(['convert', 'all.ndjson', '--to', 'markdown'])
    expect(result.code).toBe(0)
    expect(result.stdout.match(/^= .+ =$/gm)).toHaveLength(2)
  })
})

describe('a data file is never read as an article', () => {
  for (const name of ['all.json', 'all.ndjson']) {
    it(`show ${name} shows its elections`, async () => {
      const result = await cli(['show', name])
      expect(result.code).toBe(0)
      expect(result.stdout).not.toContain('(untitled election)')
      expect(result.stdout).toContain('2004 North Carolina Democratic presidential caucuses\n')
      expect(result.stdout).toContain('Michigan Democratic caucuses, 2004\n')
      expect(result.stdout).toContain('stage-mismatch')
    })
  }

  it('show names data that holds no election, exit 1', async () => {
    writeFileSync(path.join(folder, 'none.json'), '[]\n')
    const result = await cli(['show', 'none.json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Expected at least one election, got none  no-election')
  })

  it('check all.json refuses it as data, exit 1', async () => {
    const result = await cli(['check', 'all.json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('file-not-article')
  })

  it('convert names a JSON list met in a batch rather than parse it as an article', async () => {
    const result = await cli(['convert', articles[0] ?? '', 'all.json', '--to', 'ndjson', '-q'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('all.json:1:1  error  Expected one election in an input of a batch, got `2`')
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('-o without --to', () => {
  it('writes the format its extension names', async () => {
    expect((await cli(['convert', articles[0] ?? '', '-q', '-o', 'out.csv'])).code).toBe(0)
    expect(readFileSync(path.join(folder, 'out.csv'), 'utf8')).toMatch(/^election_id,/)
    expect((await cli(['convert', articles[0] ?? '', '-q', '-o', 'out.yaml'])).code).toBe(0)
    expect(readFileSync(path.join(folder, 'out.yaml'), 'utf8')).toMatch(/^title: /m)
  })

  it('refuses a name that says no format, as usage', async () => {
    const result = await cli(['convert', articles[0] ?? '', '-q', '-o', 'out.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Expected --to, or an -o file name ending in')
    expect(existsSync(path.join(folder, 'out.txt'))).toBe(false)
  })
})
