import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
const seed = path.join(root, 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md')

/** A line of a stack trace, which the CLI must never print. */
const stackLine = /^ {4}at /m

/**
 * Run the CLI from the TypeScript sources (tsx is a development dependency, found from the
 * repository's root) in a process where touching `__proto__` throws, so any code path that
 * reads it fails the test. `names` are files of the test's folder.
 */
function cli(args: readonly string[], ...names: string[]) {
  const files = names.map((name) => path.join(folder, name))
  const result = spawnSync(process.execPath, ['--disable-proto=throw', '--import', 'tsx', path.join(root, 'src/cli/bin.ts'), ...args, ...files], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-hardening-'))
  copyFileSync(seed, path.join(folder, 'seed.md'))
  copyFileSync(fixture('prototype-keys.md'), path.join(folder, 'prototype-keys.md'))
  writeFileSync(path.join(folder, 'too-long.md'), 'a\n'.repeat(300_000))
  const text = readFileSync(seed)
  // A lone 0xFF byte before `Kerry`, on line 25 at column 20.
  const at = text.indexOf('Candidate2: John Kerry') + 'Candidate2: John '.length
  writeFileSync(path.join(folder, 'invalid-utf8.md'), Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]))
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

describe('the CLI under --disable-proto=throw', () => {
  it('keeps __proto__, constructor and prototype infobox keys as data in the JSON output', () => {
    const {code, stdout, stderr} = cli(['convert', '--to', 'json'], 'prototype-keys.md')
    expect(stderr).not.toMatch(stackLine)
    expect(code).toBe(0)
    const election = JSON.parse(stdout) as {infobox: Array<{label: string; value: string}>; candidates: Array<{name: string}>}
    expect(election.infobox.map((entry) => [entry.label, entry.value])).toEqual(expect.arrayContaining([
      ['__proto__', 'polluted'],
      ['constructor', 'Object'],
      ['prototype', 'data'],
      ['hasOwnProperty', '1']
    ]))
    expect(election.candidates.map((candidate) => candidate.name)).toEqual(['__proto__', 'constructor'])
  })

  it.each(['yaml', 'csv', 'ndjson'])('writes them as %s too', (format) => {
    const {code, stdout, stderr} = cli(['convert', '--to', format], 'prototype-keys.md')
    expect(stderr).not.toMatch(stackLine)
    expect(code).toBe(0)
    expect(stdout).toContain('__proto__')
  })

  it('checks them, reporting unknown keys by name', () => {
    const {stderr} = cli(['check'], 'prototype-keys.md')
    expect(stderr).not.toMatch(stackLine)
    expect(stderr).toContain('got `__proto__`')
  })
})

describe('the CLI on hostile files', () => {
  it('converts the rest of a batch when one input is too large, naming the problem', () => {
    const {code, stdout, stderr} = cli(['convert', '--to', 'ndjson'], 'too-long.md', 'seed.md')
    expect(stderr).not.toMatch(stackLine)
    expect(stderr).toContain('input-too-large')
    expect(code).toBe(1)
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as {title: string}).title)).toEqual(['2004 North Carolina Democratic presidential caucuses'])
  })

  it('checks a file too large to read with one clean message', () => {
    const {code, stderr} = cli(['check'], 'too-long.md')
    expect(stderr).not.toMatch(stackLine)
    expect(stderr).toMatch(/1:1\s+error\s+Expected an input of at most `250000` lines, got `300001` lines \(a larger size limit raises the cap\)\s+input-too-large/)
    expect(code).toBe(1)
  })

  it('shows ill-formed UTF-8 as a warning at its line and column', () => {
    const {code, stderr} = cli(['check'], 'invalid-utf8.md')
    expect(stderr).toMatch(/25:20-25:21\s+warning\s+Expected UTF-8 text, got byte `0xFF`; ill-formed bytes are read as U\+FFFD\s+invalid-utf8/)
    expect(code).toBe(0)
  })
})
