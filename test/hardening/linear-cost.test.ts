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

/** Peak resident memory the child added while reading `expression` (a JS string expression). */
function peakGrowth(expression: string): number {
  const parseElection = pathToFileURL(path.resolve('src/parse-election.ts')).href
  const code = [
    `const {parseElection} = await import(${JSON.stringify(parseElection)})`,
    `const text = ${expression}`,
    'const before = process.resourceUsage().maxRSS',
    'const {election} = parseElection(text)',
    'process.stdout.write(JSON.stringify({before, after: process.resourceUsage().maxRSS, messages: election.messages.length}))'
  ].join('\n')
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {encoding: 'utf8'})
  if (result.status !== 0) throw new Error(result.stderr)
  const usage = JSON.parse(result.stdout) as {before: number; after: number}
  // maxRSS is in kibibytes.
  return (usage.after - usage.before) * 1024
}

describe('memory per line', () => {
  for (const [name, expression] of Object.entries(inputs)) {
    it(`reads ${name} within ${maxGrowth / mebibyte} MiB`, () => {
      expect(peakGrowth(expression)).toBeLessThan(maxGrowth)
    })
  }
})
