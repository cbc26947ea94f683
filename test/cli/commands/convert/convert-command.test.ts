/**
 * `wikitally convert` run in-process.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {convertHelp} from '../../../../src/cli/commands/convert/convert-help.js'
import {run} from '../../../../src/cli/run.js'
import {makeIo} from '../../make-io.js'

const seedPath = 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md'
const root = process.cwd()

/** An io rooted at the repository, with `out` and `err` readers. */
function memoryIo(options: {stdin?: string} = {}) {
  const made = makeIo(root, options)
  return Object.assign(made.io, {out: made.stdout, err: made.stderr})
}
const seed = readFileSync(seedPath, 'utf8')

describe('wikitally convert', () => {
  it('prints its help, pinned', async () => {
    const io = memoryIo()
    expect(await run(['convert', '--help'], io)).toBe(0)
    expect(io.out()).toBe(convertHelp)
    expect(convertHelp).toContain('--csv-raw')
  })

  it('converts one file to one JSON object with the seed facts', async () => {
    const io = memoryIo()
    expect(await run(['convert', seedPath, '--to', 'json'], io)).toBe(0)
    const election = JSON.parse(io.out()) as Record<string, unknown> & {candidates: {name: string}[]}
    expect(election.date).toBe('2004-04-17')
    expect(election.candidates.map((candidate) => candidate.name)).toEqual([
      'John Edwards', 'John Kerry', 'Dennis Kucinich', 'Howard Dean', 'Al Sharpton', 'Uncommitted'
    ])
  })

  it('reads standard input when no file is given', async () => {
    const io = memoryIo({stdin: seed})
    expect(await run(['convert', '--to', 'ndjson'], io)).toBe(0)
    const lines = io.out().trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect((JSON.parse(lines[0] ?? '{}') as {sourceFile: unknown}).sourceFile).toBe('<stdin>')
  })

  it('writes an array for several inputs and one CSV header', async () => {
    const json = memoryIo()
    expect(await run(['convert', seedPath, seedPath], json)).toBe(0)
    expect(JSON.parse(json.out())).toHaveLength(2)
    const csv = memoryIo()
    expect(await run(['convert', seedPath, seedPath, '--to', 'csv'], csv)).toBe(0)
    const rows = csv.out().trimEnd().split('\n')
    expect(rows.filter((row) => row.startsWith('election_id,'))).toHaveLength(1)
    expect(rows).toHaveLength(1 + 12)
  })

  it('prints warnings with file, line and column to stderr, and none with --quiet', async () => {
    const io = memoryIo()
    await run(['convert', seedPath], io)
    expect(io.err()).toContain(`${seedPath}:4:1  warning  Expected the election name to name the title's stage`)
    const quiet = memoryIo()
    await run(['convert', seedPath, '--quiet'], quiet)
    expect(quiet.err()).toBe('')
  })

  it('exits 1 for a missing file but still writes the others', async () => {
    const io = memoryIo()
    expect(await run(['convert', 'no/such/file.md', seedPath], io)).toBe(1)
    expect(io.err()).toContain('no/such/file.md')
    expect((JSON.parse(io.out()) as {title: string}).title).toBe('2004 North Carolina Democratic presidential caucuses')
  })

  it('writes an article without results when it is converted alone, with a warning', async () => {
    const io = memoryIo({stdin: '= 2012 Guam Republican caucuses =\n\nThe results were never released.\n'})
    expect(await run(['convert'], io)).toBe(0)
    const election = JSON.parse(io.out()) as {title: string; candidates: unknown[]}
    expect([election.title, election.candidates]).toEqual(['2012 Guam Republican caucuses', []])
    expect(io.err()).toContain('no-results')
  })

  it('exits 2 on bad usage, naming what was expected', async () => {
    const io = memoryIo()
    expect(await run(['convert', seedPath, '--to', 'xml'], io)).toBe(2)
    expect(io.err()).toContain('Expected --to to be one of')
    expect(await run(['convert', '--bogus'], memoryIo())).toBe(2)
  })
})
