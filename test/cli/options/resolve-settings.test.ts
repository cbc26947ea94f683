/**
 * Config files as every command reads them: found from the input's folder upward, overridden
 * by flags, named with --config, ignored with --no-config. Through the real entry point.
 */
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {run} from '../../../src/cli/run.js'
import {makeIo} from '../make-io.js'

const root = mkdtempSync(path.join(tmpdir(), 'wikitally-config-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))

/** The seed fires `stage-mismatch` (warning) and `numbering-gap` (info). */
const seed = 'fixtures/rules/stage-mismatch/fires.md'

/** Write `files` (relative path -> text; `seed` copies the seed article) under `root/name`. */
function project(name: string, files: Record<string, string>): string {
  const folder = path.join(root, name)
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(folder, relative)
    mkdirSync(path.dirname(target), {recursive: true})
    if (text === 'seed') copyFileSync(seed, target)
    else writeFileSync(target, text)
  }
  return folder
}

/** The rule ids `wikitally check --report json ...argv` reports, run in `cwd`. */
async function checkIds(cwd: string, argv: readonly string[]): Promise<{code: number; ids: string[]; stderr: string}> {
  const {io, stdout, stderr} = makeIo(cwd)
  const code = await run(['check', '--report', 'json', ...argv], io)
  const report = code === 2 ? [] : (JSON.parse(stdout()) as Array<{messages: Array<{ruleId: string; severity: string}>}>)
  return {code, ids: report.flatMap((file) => file.messages.map((message) => `${message.ruleId}:${message.severity}`)), stderr: stderr()}
}

describe('config files', () => {
  const folder = project('nested', {
    '.wikitallyrc.json': JSON.stringify({rules: {'stage-mismatch': 'off', 'numbering-gap': 'warning'}}),
    'a/b/c/seed.md': 'seed',
    'other.json': JSON.stringify({rules: {'numbering-gap': 'off'}})
  })
  const deep = path.join(folder, 'a/b/c')

  it('are found from the input\'s folder upward, run from a nested folder', async () => {
    expect(await checkIds(deep, ['seed.md'])).toMatchObject({code: 0, ids: ['withdrawn-mismatch:warning', 'numbering-gap:warning', 'withdrawn-mismatch:warning']})
  })

  it('are found from the input\'s folder, not the current one', async () => {
    expect((await checkIds(root, ['nested/a/b/c/seed.md'])).ids).not.toContain('stage-mismatch:warning')
  })

  it('lose to --rule, id by id', async () => {
    expect((await checkIds(deep, ['--rule', 'stage-mismatch=error', 'seed.md'])).ids).toContain('stage-mismatch:error')
  })

  it('are not read with --no-config', async () => {
    expect((await checkIds(deep, ['--no-config', 'seed.md'])).ids).toEqual(['stage-mismatch:warning', 'withdrawn-mismatch:warning', 'numbering-gap:info', 'withdrawn-mismatch:warning'])
  })

  it('can be named with --config, which replaces the search', async () => {
    expect((await checkIds(deep, ['--config', '../../../other.json', 'seed.md'])).ids).toEqual(['stage-mismatch:warning', 'withdrawn-mismatch:warning', 'withdrawn-mismatch:warning'])
  })

  it('are read from YAML and from the wikitally key of package.json, the nearest folder winning', async () => {
    const yaml = project('yaml', {'.wikitallyrc.yaml': 'rules:\n  stage-mismatch: info\n', 'pkg/package.json': '{"wikitally": {"rules": {"stage-mismatch": "error"}}}', 'pkg/seed.md': 'seed', 'plain/package.json': '{"name": "x"}', 'plain/seed.md': 'seed'})
    expect((await checkIds(yaml, ['pkg/seed.md'])).ids).toContain('stage-mismatch:error')
    expect((await checkIds(yaml, ['plain/seed.md'])).ids).toContain('stage-mismatch:info')
  })

  it('give maxSize to the input layer', async () => {
    const small = project('small', {'.wikitallyrc.json': '{"maxSize": 100}', 'seed.md': 'seed'})
    expect(await checkIds(small, ['seed.md'])).toMatchObject({code: 1, ids: ['file-too-large:error']})
    expect(await checkIds(small, ['--max-size', '1MiB', 'seed.md'])).toMatchObject({code: 0})
  })

  it('name themselves when broken, and the run is bad usage', async () => {
    const broken = project('broken', {'.wikitallyrc.json': '{"rules": {"stage-mismatch": "loud"}}', 'seed.md': 'seed'})
    const result = await checkIds(broken, ['seed.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.wikitallyrc.json: Expected rule `stage-mismatch` to be off, error, warning, info, got `loud`')
  })

  it('give convert its format and rules when --to is not given', async () => {
    const csv = project('csv', {'.wikitallyrc.json': '{"to": "csv", "rules": {"numbering-gap": "off"}}', 'seed.md': 'seed'})
    const asCsv = makeIo(csv)
    expect(await run(['convert', '--jobs', '1', 'seed.md'], asCsv.io)).toBe(0)
    expect(asCsv.stdout()).toMatch(/^election_id,/)
    const asJson = makeIo(csv)
    expect(await run(['convert', '--jobs', '1', '--to', 'json', 'seed.md'], asJson.io)).toBe(0)
    const election = JSON.parse(asJson.stdout()) as {messages: Array<{ruleId: string}>}
    expect(election.messages.map((message) => message.ruleId)).not.toContain('numbering-gap')
  })

  it('refuse a format convert does not write', async () => {
    const bad = project('bad-to', {'.wikitallyrc.json': '{"to": "xml"}', 'seed.md': 'seed'})
    const {io, stderr} = makeIo(bad)
    expect(await run(['convert', 'seed.md'], io)).toBe(2)
    expect(stderr()).toContain('Expected `to` in')
  })

  it('apply to show too', async () => {
    const {io, stdout} = makeIo(deep)
    expect(await run(['show', 'seed.md'], io)).toBe(0)
    expect(stdout()).not.toContain('stage-mismatch')
  })
})
