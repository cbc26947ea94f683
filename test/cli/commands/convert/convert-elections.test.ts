/**
 * `convert` reading election data back and writing articles.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../../../src/cli/run.js'
import {parseElection} from '../../../../src/parse-election.js'
import {withoutPositions} from '../../../../src/serialize/without-positions.js'
import {makeIo} from '../../make-io.js'

const seedPath = path.resolve('fixtures/articles/2004-north-carolina-democratic-caucuses/input.md')

/** Run the CLI in `cwd`; returns the exit code and the outputs. */
async function cli(cwd: string, ...argv: string[]) {
  const made = makeIo(cwd)
  const code = await run(argv, made.io)
  return {code, stdout: made.stdout(), stderr: made.stderr()}
}

describe('convert with election data and articles out', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-data-'))

  it('reads JSON, YAML and CSV back by extension and writes the same JSON', async () => {
    const json = (await cli(folder, 'convert', seedPath, '-q')).stdout
    writeFileSync(path.join(folder, 'seed.json'), json)
    writeFileSync(path.join(folder, 'seed.yaml'), (await cli(folder, 'convert', seedPath, '--to', 'yaml', '-q')).stdout)
    expect((await cli(folder, 'convert', 'seed.json')).stdout).toBe(json)
    expect((await cli(folder, 'convert', 'seed.yaml')).stdout).toBe(json)
    writeFileSync(path.join(folder, 'seed.csv'), (await cli(folder, 'convert', seedPath, '--to', 'csv', '-q')).stdout)
    const fromCsv = JSON.parse((await cli(folder, 'convert', 'seed.csv')).stdout) as {candidates: {votes: number}[]}
    expect(fromCsv.candidates.map((candidate) => candidate.votes)).toEqual([9093, 4844, 2175, 1009, 582, 106])
  })

  it('writes an article from JSON that parses back to the same election', async () => {
    const result = await cli(folder, 'convert', 'seed.json', '--to', 'markdown')
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('= 2004 North Carolina Democratic presidential caucuses =\n')).toBe(true)
    const seed = parseElection(readFileSync(seedPath, 'utf8')).election
    expect(withoutPositions(parseElection(result.stdout).election)).toEqual(withoutPositions(seed))
  })

  it('refuses broken data with the path of the bad field and exit 1', async () => {
    const broken = JSON.parse(readFileSync(path.join(folder, 'seed.json'), 'utf8')) as {candidates: {votes: unknown}[]}
    const first = broken.candidates[0]
    if (first) first.votes = 'many'
    writeFileSync(path.join(folder, 'broken.json'), JSON.stringify(broken))
    const result = await cli(folder, 'convert', 'broken.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('broken.json:1:1  error  Invalid JSON elections')
    expect(result.stderr).toContain('candidates[0].votes: expected number, got "many"  data-invalid')
  })

  it('reads data named otherwise with --from', async () => {
    writeFileSync(path.join(folder, 'seed.txt'), readFileSync(path.join(folder, 'seed.json')))
    const result = await cli(folder, 'convert', 'seed.txt', '--from', 'json', '--to', 'ndjson')
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('refuses --out-dir for data inputs, as usage', async () => {
    expect((await cli(folder, 'convert', 'seed.json', '--out-dir', 'out')).code).toBe(2)
  })
})
