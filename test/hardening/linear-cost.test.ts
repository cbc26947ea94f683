/**
 * Hostile inputs of about 1 MB stay within a memory bound, measured in a child process so
 * that the test runner's own heap does not count.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

/** Bytes in a mebibyte. */
const mebibyte = 1024 * 1024

/**
 * Most memory one input of about 1 MB may add to the process at its peak. The bound
 * is 300 MiB for the whole process; the child's start-up (with the TypeScript loader) is
 * measured and subtracted.
 */
const maxGrowth = 200 * mebibyte

/** Inputs that took over a gigabyte (one paragraph of 249,000 lines), as JS expressions. */
const inputs = {
  'heading-like lines (`==a` x 249,000)': `'==a\\n'.repeat(249_000)`,
  'list-like lines (`- a` x 249,000)': `'- a\\n'.repeat(249_000)`,
  'indented lines with trailing spaces (` a  ` x 199,000)': `' a  \\n'.repeat(199_000)`
}

/** Run the module `lines` in a child process with the TypeScript loader; its standard output as JSON. */
function runChild(lines: readonly string[]): unknown {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', lines.join('\n')], {encoding: 'utf8'})
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout)
}

/** Peak resident memory the child added while reading `expression` (a JS string expression). */
function peakGrowth(expression: string): number {
  const parseElection = pathToFileURL(path.resolve('src/parse-election.ts')).href
  const usage = runChild([
    `const {parseElection} = await import(${JSON.stringify(parseElection)})`,
    `const text = ${expression}`,
    'const before = process.resourceUsage().maxRSS',
    'parseElection(text)',
    'process.stdout.write(JSON.stringify({before, after: process.resourceUsage().maxRSS}))'
  ]) as {before: number; after: number}
  // maxRSS is in kibibytes.
  return (usage.after - usage.before) * 1024
}

/**
 * CPU time `fromCsv` takes to refuse `expression` (a JS string expression of CSV text) over
 * the time csv-parse alone takes to split it, in one child process: a ratio of the same
 * machine's times, not a time limit.
 */
function csvCostRatio(expression: string): number {
  const fromCsv = pathToFileURL(path.resolve('src/serialize/from-csv.ts')).href
  return runChild([
    `const {fromCsv} = await import(${JSON.stringify(fromCsv)})`,
    `const {parse} = await import('csv-parse/sync')`,
    `const text = ${expression}`,
    'const cpu = (work) => { const start = process.cpuUsage(); work(); const used = process.cpuUsage(start); return used.user + used.system }',
    'const bare = cpu(() => parse(text, {bom: true, skip_empty_lines: true}))',
    'const ours = cpu(() => { try { fromCsv(text) } catch {} })',
    'process.stdout.write(JSON.stringify(ours / bare))'
  ]) as number
}

/** Most times the CPU of csv-parse alone that reading a CSV may take (it took 17 times). */
const maxCsvCostRatio = 6

describe('work per CSV cell', () => {
  it(`reads 400,000 empty columns, bare or quoted, within ${maxCsvCostRatio} times the CSV parse alone`, () => {
    expect(csvCostRatio(`(','.repeat(399_999) + '\\n').repeat(2)`)).toBeLessThan(maxCsvCostRatio)
    expect(csvCostRatio(`(Array(200_000).fill('""').join(',') + '\\n').repeat(2)`)).toBeLessThan(maxCsvCostRatio)
  })
})

describe('memory per cell', () => {
  it(`reads 1 MB of \`|\` within ${maxGrowth / mebibyte} MiB`, () => {
    // It took 640 MiB while each of the million cells was a node; a row now keeps 100.
    expect(peakGrowth(`'|'.repeat(1_000_000)`)).toBeLessThan(maxGrowth)
  })
})

describe('memory per line', () => {
  for (const [name, expression] of Object.entries(inputs)) {
    it(`reads ${name} within ${maxGrowth / mebibyte} MiB`, () => {
      expect(peakGrowth(expression)).toBeLessThan(maxGrowth)
    })
  }
})

describe('memory per row', () => {
  it(`reads 30,000 short rows of a table widened by one junk row within ${maxGrowth / mebibyte} MiB`, () => {
    // Every row kept a placement per shift its padding allowed, each as wide as the table: 3 GB.
    const expression = `'| Candidate | Votes |\\n' + '|'.repeat(200) + '\\n' + '| A | 1 |\\n'.repeat(30_000)`
    expect(peakGrowth(expression)).toBeLessThan(maxGrowth)
  })
})
