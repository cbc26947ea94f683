/**
 * `convert --to markdown` from election data, through the command line's entry point: the
 * article says what the data says.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../src/cli/run.js'
import type {Election} from '../src/model/election.js'
import {parseElection} from '../src/parse-election.js'
import {makeIo} from './cli/make-io.js'

const seedPath = path.resolve('fixtures/articles/2004-north-carolina-democratic-caucuses/input.md')

/** Run the CLI in `cwd`; returns the exit code and the outputs. */
async function cli(cwd: string, ...argv: string[]) {
  const made = makeIo(cwd)
  const code = await run(argv, made.io)
  return {code, stdout: made.stdout(), stderr: made.stderr()}
}

/** Name and votes of each candidate, and the total. */
function figures(election: Election) {
  return {candidates: election.candidates.map((candidate) => [candidate.name, candidate.votes]), total: election.totals.votes}
}

describe('convert --to markdown from data', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-markdown-'))
  const seed = parseElection(readFileSync(seedPath, 'utf8')).election

  it('writes the candidates and totals of a CSV file, which has no tables', async () => {
    writeFileSync(path.join(folder, 'seed.csv'), (await cli(folder, 'convert', seedPath, '--to', 'csv', '-q')).stdout)
    const result = await cli(folder, 'convert', 'seed.csv', '--to', 'markdown')
    expect(result.code).toBe(0)
    const again = parseElection(result.stdout).election
    expect(figures(again)).toEqual(figures(seed))
    expect([again.title, again.name, again.date, again.delegates]).toEqual([seed.title, seed.name, seed.date, seed.delegates])
  })

  it('writes the figure of an edited JSON file, not the one its kept table still holds', async () => {
    const data = JSON.parse((await cli(folder, 'convert', seedPath, '-q')).stdout) as Election
    const edited = {...data, candidates: data.candidates.map((candidate) => candidate.name === 'John Kerry' ? {...candidate, votes: 4900} : candidate)}
    writeFileSync(path.join(folder, 'edited.json'), JSON.stringify(edited))
    const result = await cli(folder, 'convert', 'edited.json', '--to', 'markdown')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('| John Kerry | 4900 |')
    const again = parseElection(result.stdout).election
    expect(again.candidates.find((candidate) => candidate.name === 'John Kerry')?.votes).toBe(4900)
  })

  it('refuses votes beyond 2^53 - 1 with the path of the field and exit 1', async () => {
    const text = (await cli(folder, 'convert', seedPath, '-q')).stdout.replace('"votes": 9093', '"votes": 9007199254740993')
    writeFileSync(path.join(folder, 'huge.json'), text)
    const result = await cli(folder, 'convert', 'huge.json', '--to', 'markdown')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('candidates[0].votes: expected an integer of at most 9007199254740991 in size')
  })
})
