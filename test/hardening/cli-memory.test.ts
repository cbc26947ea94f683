/**
 * The command line reads hostile inputs of 1 MB within the memory bound: peak resident
 * memory of the whole process, read from `process.resourceUsage()` as it exits.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Bytes in a mebibyte. */
const mebibyte = 1024 * 1024

/**
 * Most resident memory the CLI process may reach on one input of 1 MB, start-up (with the
 * TypeScript loader, about 100 MiB) included. A row of a million `|` reached 480 MiB.
 */
const maxPeak = 300 * mebibyte

/** Inputs of about 1 MB, by file name. */
const inputs = {
  // Exactly 1,000,000 bytes: at the cap on `|`, so it is read, not refused.
  'pipes.md': '|'.repeat(1_000_000),
  'flooded-results.md': '== Results ==\n\n| Candidate | Votes | % |\n| Ann Lee | 60 | 60% |\n' + '|'.repeat(999_000) + '\n'
}

/** Runs the CLI with `args`, then prints the process's peak resident memory in kibibytes. */
const measure = `
process.on('exit', () => process.stdout.write(String(process.resourceUsage().maxRSS)))
await import(${JSON.stringify(pathToFileURL(path.join(root, 'src/cli/bin.ts')).href)})
`

let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-memory-'))
  writeFileSync(path.join(folder, 'measure.mjs'), measure)
  for (const [name, text] of Object.entries(inputs)) writeFileSync(path.join(folder, name), text)
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

/**
 * Run the CLI with `args` (from the repository's root, where tsx is found): its messages and
 * its peak resident memory in bytes.
 */
function cli(args: readonly string[]): {stderr: string; peak: number} {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(folder, 'measure.mjs'), ...args], {cwd: root, encoding: 'utf8'})
  expect(result.stderr).not.toMatch(/^ {4}at /m)
  return {stderr: result.stderr, peak: Number(result.stdout) * 1024}
}

describe('memory of the command line on 1 MB inputs', () => {
  it('checks a row of a million `|` and says the row is too wide', () => {
    const {stderr, peak} = cli(['check', path.join(folder, 'pipes.md')])
    expect(stderr).toContain('row-too-wide')
    expect(peak).toBeLessThan(maxPeak)
  })

  for (const to of ['json', 'csv', 'markdown']) {
    it(`converts a row of a million \`|\` to ${to} within ${maxPeak / mebibyte} MiB`, () => {
      const output = path.join(folder, `pipes.${to}`)
      expect(cli(['convert', path.join(folder, 'pipes.md'), '--to', to, '-o', output, '-q']).peak).toBeLessThan(maxPeak)
      expect(readFileSync(output, 'utf8').length).toBeGreaterThan(0)
    })
  }

  it(`converts a results table with a flooded row within ${maxPeak / mebibyte} MiB`, () => {
    const output = path.join(folder, 'flooded-results.json')
    expect(cli(['convert', path.join(folder, 'flooded-results.md'), '--to', 'json', '-o', output, '-q']).peak).toBeLessThan(maxPeak)
    const election = JSON.parse(readFileSync(output, 'utf8')) as {candidates: {name: string}[]}
    expect(election.candidates.map((candidate) => candidate.name)).toEqual(['Ann Lee'])
  })
})
