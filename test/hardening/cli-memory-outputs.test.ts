/**
 * Writing a large election costs little over reading it: every output of the built CLI on a
 * large article peaks within a fixed margin of the same article merely read, and says what
 * it should. Relative bounds, so they hold whatever reading itself costs; no time limits.
 *
 * Run `npm run build` after editing `src`: these tests run `dist/cli/bin.js`.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fillTo, measureBuiltCli, mebibyte, type MeasuredRun} from './measure-built-cli.js'

/**
 * Most peak memory an output may add to the reading of its input. Before outputs were
 * written in pieces, JSON added 260 MiB, YAML and CSV a gigabyte each, and the check report
 * of 49,505 info lines (each padded to the longest reason: 257 MB of text) 950 MiB.
 */
const maxExtra = 40 * mebibyte

/** Size of the infobox input. */
const inputBytes = 1_000_000

/** Slow runs: each is a child process converting a large article. */
const timeout = 120_000

let folder = ''

/**
 * Size of the results table: 49,000 candidates, whose 98,000 cells stay under a cap on
 * table cells an input may hold, so that the table is read and written.
 */
const tableBytes = 294_000

/** The article of 49,000 candidates: a results table, the first row named `First`. */
const candArticle = fillTo(tableBytes, '| Candidate | Votes |\n', (at) => (at === 0 ? '|First|1|\n' : '|A|1|\n'))

/**
 * The article of 50,555 infobox keys: those past the numbered families an infobox may hold
 * (about 49,500) are unknown, each an info line of the report, and the warning that names
 * the 1,000 candidates it read pads every line to 5 KB.
 */
const iboxArticle = fillTo(inputBytes, 'Infobox\n', (at) => `- Candidate${at}: A\n`)

/** Lines of `text` after the first, which end in a line break. */
function linesAfterFirst(text: string): number {
  return text.split('\n').length - 2
}

/** `name` in the test's folder. */
function inFolder(name: string): string {
  return path.join(folder, name)
}

/** Run the built CLI in the test's folder; fails the test on an unexpected exit status. */
function run(args: readonly string[], status = 0): MeasuredRun {
  const result = measureBuiltCli(args, {cwd: folder})
  if (result.status !== status) throw new Error(`Expected status ${status} of \`${args.join(' ')}\`, got ${result.status}: ${result.stderr.slice(0, 500)}`)
  return result
}

/** Peak of `args` over `baseline`'s, in MiB, for the failure message. */
function extra(measured: MeasuredRun, baseline: MeasuredRun): number {
  return Math.round((measured.peak - baseline.peak) / mebibyte)
}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-outputs-'))
  writeFileSync(inFolder('cand.md'), candArticle)
  writeFileSync(inFolder('ibox.md'), iboxArticle)
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

describe('outputs of a results table of 49,000 candidates', () => {
  const candidates = linesAfterFirst(candArticle)
  let baseline: MeasuredRun

  beforeAll(() => {
    // Reading the article and reporting nothing (it has no messages): the cost of reading.
    baseline = run(['check', 'cand.md'])
  }, timeout)

  it('writes JSON within the margin', () => {
    const measured = run(['convert', 'cand.md', '--to', 'json', '-o', 'out.json'])
    const election = JSON.parse(readFileSync(inFolder('out.json'), 'utf8')) as {candidates: Array<{name: string}>}
    expect(election.candidates.length).toBe(candidates)
    expect(election.candidates[0]?.name).toBe('First')
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)

  it('writes JSON to standard output, waiting for its reader, within the margin', () => {
    const measured = run(['convert', 'cand.md', '--to', 'json'])
    expect((JSON.parse(measured.stdout) as {candidates: unknown[]}).candidates.length).toBe(candidates)
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)

  it('writes NDJSON within the margin', () => {
    const measured = run(['convert', 'cand.md', '--to', 'ndjson', '-o', 'out.ndjson'])
    const lines = readFileSync(inFolder('out.ndjson'), 'utf8').split('\n')
    expect(lines.length).toBe(2)
    expect((JSON.parse(lines[0] ?? '') as {candidates: unknown[]}).candidates.length).toBe(candidates)
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)

  it('writes YAML within the margin', () => {
    const measured = run(['convert', 'cand.md', '--to', 'yaml', '-o', 'out.yaml'])
    const text = readFileSync(inFolder('out.yaml'), 'utf8')
    expect(text.split('\n  - name: ').length - 1).toBe(candidates)
    expect(text).toContain('candidates:\n  - name: First\n')
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)

  it('writes CSV, one row per candidate, within the margin', () => {
    const measured = run(['convert', 'cand.md', '--to', 'csv', '-o', 'out.csv'])
    const lines = readFileSync(inFolder('out.csv'), 'utf8').split('\n')
    // The header, the rows, and the empty string after the last line end.
    expect(lines.length).toBe(candidates + 2)
    expect(lines[1]).toMatch(/^cand,.*,First,candidate,false,1,/)
    expect(lines.at(-2)).toMatch(/^cand,.*,A,candidate,false,1,/)
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)

  it('writes CSV, one row per election, within the margin', () => {
    const measured = run(['convert', 'cand.md', '--to', 'csv', '--rows', 'elections', '-o', 'summary.csv'])
    expect(readFileSync(inFolder('summary.csv'), 'utf8').split('\n').length).toBe(3)
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)

  it('shows the election within the margin', () => {
    const measured = run(['show', 'cand.md'])
    const lines = measured.stdout.split('\n')
    expect(lines.filter((line) => line.startsWith('A ')).length).toBe(candidates - 1)
    expect(lines.some((line) => line.startsWith('Total'))).toBe(true)
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)
})

describe('the check report of about 49,500 info lines', () => {
  /** Fewer info lines would not be the case measured. */
  const leastInfos = 49_000
  let baseline: MeasuredRun

  beforeAll(() => {
    // The same reading and checking, with only errors shown: there are none.
    baseline = run(['check', '--silent', 'ibox.md'])
    expect(baseline.stderr).toBe('')
  }, timeout)

  it('is written for people within the margin', () => {
    const measured = run(['check', 'ibox.md'])
    const lines = measured.stderr.split('\n')
    const infos = lines.filter((line) => line.includes('Expected a known infobox parameter')).length
    expect(infos).toBeGreaterThan(leastInfos)
    expect(lines.at(-2)).toBe(`1 warning, ${infos} infos`)
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)

  it('is written as JSON within the margin', () => {
    const measured = run(['check', '--report', 'json', 'ibox.md'])
    const report = JSON.parse(measured.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(report[0]?.messages.filter((message) => message.ruleId === 'unknown-infobox-key').length).toBeGreaterThan(leastInfos)
    expect(measured.peak - baseline.peak, `${extra(measured, baseline)} MiB over reading`).toBeLessThan(maxExtra)
  }, timeout)
})
