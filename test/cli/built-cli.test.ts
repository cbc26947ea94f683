/**
 * The built, bundled CLI that `npx wikitally` runs, in every output format.
 *
 * `npm ci` builds it (the `prepare` script); the in-process tests cannot see bundling faults.
 */
import {execFileSync} from 'node:child_process'
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'

const bin = 'dist/cli/bin.js'
const seed = 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md'

/** Run the built CLI; throws with its stderr when it exits non-zero. */
function cli(...args: string[]): string {
  return execFileSync(process.execPath, [bin, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

/** Run the built CLI in `cwd`; its stdout and stderr together. */
function cliIn(cwd: string, ...args: string[]): string {
  return execFileSync(process.execPath, [path.resolve(bin), ...args], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

describe('the built CLI', () => {
  it('exists (npm ci builds it)', () => {
    expect(existsSync(bin)).toBe(true)
  })

  it('comes with the code cache made at build time', () => {
    expect(existsSync('dist/cli/chunks/bin.cache')).toBe(true)
  })

  it('reads prose that needs the markdown parser, which it loads on demand, as the sources do', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-built-markdown-'))
    try {
      const article = '= 1900 Sample election =\n\n> A quotation with *emphasis* and a [link](https://example.org).\n\n    indented code\n\n== Results ==\n\n| Candidate | Votes |\n|---|---|\n| Ann Example | 1,200 |\n| Bob Example | 800 |\n'
      writeFileSync(path.join(folder, 'input.md'), article)
      const fromSources = await runCli(folder, ['convert', 'input.md', '--to', 'ndjson'])
      expect(cliIn(folder, 'convert', 'input.md', '--to', 'ndjson')).toBe(fromSources.stdout + fromSources.stderr)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('converts the same when V8 refuses its code cache (other V8 flags)', () => {
    const refused = execFileSync(process.execPath, ['--no-flush-bytecode', bin, 'convert', seed, '--quiet'], {encoding: 'utf8'})
    expect(refused).toBe(cli('convert', seed, '--quiet'))
  })

  it('converts the same without its code cache, in one job and in two', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-no-cache-'))
    try {
      const copy = path.join(folder, 'cli')
      cpSync('dist/cli', copy, {recursive: true, filter: (file) => !file.endsWith('.cache')})
      // The loaders are ES modules, as the package's `type` makes them.
      writeFileSync(path.join(folder, 'package.json'), '{"type": "module"}\n')
      expect(readdirSync(path.join(copy, 'chunks')).filter((name) => name.endsWith('.cache'))).toEqual([])
      const run = (...args: string[]) => execFileSync(process.execPath, [path.join(copy, 'bin.js'), ...args], {encoding: 'utf8'})
      expect(run('convert', seed, '--quiet')).toBe(cli('convert', seed, '--quiet'))
      const all = ['convert', 'fixtures/articles/*/input.md', '--to', 'ndjson', '--quiet']
      expect(run(...all, '--jobs', '2')).toBe(cli(...all, '--jobs', '1'))
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  for (const format of ['json', 'yaml', 'csv', 'ndjson', 'gfm']) {
    it(`converts the seed to ${format}`, () => {
      const output = cli('convert', seed, '--to', format, '--quiet')
      expect(output).toContain('2004 North Carolina Democratic presidential caucuses')
      expect(output).toMatch(/John Edwards/)
    })
  }

  it('reads a YAML config found above the input, loading the YAML library on demand', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wikitally-built-config-'))
    try {
      mkdirSync(path.join(root, 'deep'))
      copyFileSync(seed, path.join(root, 'deep', 'input.md'))
      writeFileSync(path.join(root, '.wikitallyrc.yaml'), 'to: yaml\nrules:\n  numbering-gap: "off"\n')
      const output = cliIn(path.join(root, 'deep'), 'convert', 'input.md', '--quiet')
      expect(output).toMatch(/^title: "2004 North Carolina Democratic presidential caucuses"$/m)
      expect(output).not.toContain('numbering-gap')
    } finally {
      rmSync(root, {recursive: true, force: true})
    }
  })

  it('prints the same CSV with one job and with two', () => {
    const one = cli('convert', 'fixtures/articles/*/input.md', '--to', 'csv', '--quiet', '--jobs', '1')
    const two = cli('convert', 'fixtures/articles/*/input.md', '--to', 'csv', '--quiet', '--jobs', '2')
    expect(two).toBe(one)
    expect(one.split('\n').filter((line) => line.startsWith('election_id,'))).toHaveLength(1)
  })

  it('writes a database with the SQLite engine it loads on demand, and reads it back', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-built-'))
    try {
      const database = path.join(folder, 'seed.db')
      cli('convert', seed, '--to', 'sqlite', '-o', database, '--quiet')
      expect(cli('convert', database, '--to', 'json')).toBe(cli('convert', seed, '--to', 'json', '--quiet'))
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
