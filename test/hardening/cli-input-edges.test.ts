/**
 * Inputs at the edges: a folder the walk cannot enter, an NDJSON line over `--max-size`,
 * hostile names on the terminal, file names that are not UTF-8.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../cli/run-cli.js'

const seed = readFileSync('fixtures/articles/2004-north-carolina-democratic-caucuses/input.md', 'utf8')

let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-input-edges-'))
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

/** Run the CLI in the test's folder. */
const cli = (argv: readonly string[], stdin?: string) => runCli(folder, argv, stdin)

describe('a batch over a folder with a subfolder it cannot read', () => {
  it('converts the rest and names that folder', async () => {
    // Even root cannot list a folder whose path is longer than the system's limit (4,096
    // bytes): make a chain of short names, put an article at its end, then lengthen the
    // names from the deepest up (each rename still sees a short path).
    const top = path.join(folder, 'tree')
    const short = Array.from({length: 20}, (_, at) => `${at}`)
    mkdirSync(path.join(top, ...short), {recursive: true})
    writeFileSync(path.join(top, 'ok.md'), seed)
    writeFileSync(path.join(top, ...short, 'lost.md'), seed)
    for (let at = short.length - 1; at >= 0; at--) {
      const parent = path.join(top, ...short.slice(0, at))
      renameSync(path.join(parent, `${at}`), path.join(parent, `${at}`.padEnd(250, 'x')))
    }
    const result = await cli(['convert', 'tree', '--to', 'ndjson', '--errors', 'tree-errors.json', '-q'])
    // Shorten the names again, from the top down, or the folder could not be removed.
    for (let at = 0; at < short.length; at++) {
      const parent = path.join(top, ...short.slice(0, at))
      renameSync(path.join(parent, `${at}`.padEnd(250, 'x')), path.join(parent, `${at}`))
    }
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as {sourceFile: string}).sourceFile)).toEqual([path.join('tree', 'ok.md')])
    const errors = JSON.parse(readFileSync(path.join(folder, 'tree-errors.json'), 'utf8')) as Array<{file: string; ruleId: string; reason: string}>
    expect(errors).toEqual([expect.objectContaining({ruleId: 'file-unreadable', reason: expect.stringContaining('ENAMETOOLONG') as unknown})])
    expect(errors[0]?.file.startsWith(path.join('tree', '0'))).toBe(true)
  })
})

describe('an NDJSON line over --max-size', () => {
  it('is skipped and recorded while reading, keeping the records before and after', async () => {
    const huge = JSON.stringify({id: 'huge', text: seed + 'x'.repeat(3 << 20)})
    const lines = [JSON.stringify({id: 'before', text: seed}), huge, JSON.stringify({id: 'after', text: seed})]
    writeFileSync(path.join(folder, 'records.ndjson'), lines.join('\n') + '\n')
    const result = await cli(['convert', 'records.ndjson', '--to', 'ndjson', '--max-size', '1MiB', '--errors', 'record-errors.json', '-q', '--jobs', '1'])
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as {sourceFile: string}).sourceFile)).toEqual(['before', 'after'])
    const errors = JSON.parse(readFileSync(path.join(folder, 'record-errors.json'), 'utf8')) as unknown
    expect(errors).toEqual([{file: 'records.ndjson#2', ruleId: 'file-too-large', reason: 'Expected at most `1 MiB` (`--max-size`), got `3 MiB`'}])
  })
})

describe('names on the terminal', () => {
  it('are escaped: a file name and an NDJSON id with control characters', async () => {
    mkdirSync(path.join(folder, 'names'))
    writeFileSync(path.join(folder, 'names', 'evil\u001B[2J.md'), '')
    const records = JSON.stringify({id: 'id\u001B]0;owned\u0007', text: '= Nothing ='}) + '\n'
    for (const result of [
      await cli(['convert', 'names', '-q']),
      await cli(['check', 'names']),
      await cli(['show', `names/evil\u001B[2J.md`]),
      await cli(['convert', '--from', 'ndjson', '-q', '--jobs', '1'], records)
    ]) {
      expect(result.code).toBe(1)
      expect(result.stderr).not.toContain('\u001B')
      expect(result.stderr).not.toContain('\u0007')
      expect(result.stderr).toMatch(/evil\\x1b\[2J\.md|id\\x1b\]0;owned\\x07/)
    }
  })
})

describe('a file name that is not UTF-8', () => {
  it('is read through its bytes, so its article is converted', async () => {
    const latin1 = path.join(folder, 'latin1')
    mkdirSync(latin1)
    writeFileSync(Buffer.concat([Buffer.from(latin1 + path.sep + 'caf'), Buffer.from([0xe9]), Buffer.from('.md')]), seed)
    expect(readdirSync(latin1)).toEqual(['caf\uFFFD.md'])
    const result = await cli(['convert', 'latin1', '--to', 'ndjson', '-q'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const election = JSON.parse(result.stdout) as {sourceFile: string; candidates: unknown[]}
    expect(election.sourceFile).toBe(path.join('latin1', 'caf\uFFFD.md'))
    expect(election.candidates).toHaveLength(6)
  })
})
