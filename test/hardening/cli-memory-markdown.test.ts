/**
 * Writing a 1 MB article back as an article (`convert --to markdown`) or as a GFM report
 * (`--to gfm`) costs little more memory than checking it: the article is written as text, not
 * as a node per cell, and read back after the first parse's garbage is gone; the report
 * escapes each distinct cell once. Measured on the built CLI: run `npm run build` after
 * editing `src`. The tables are read in full under a larger `--max-size` (the default refuses
 * more than 100,000 cells).
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fillTo, measureBuiltCli, mebibyte, readInFull} from './measure-built-cli.js'

/**
 * Most peak memory `convert --to markdown` or `--to gfm` may take over `check` of the same
 * file. Writing
 * reads the article back (a second parse), while the election read from the input is kept
 * to compare with: 166,500 candidates are about 55 MiB of it. Markdown took 160 to 540 MiB
 * more; the report of 166,500 candidates overflowed the stack, and took 270 MiB more on
 * 99,900 candidates with four columns.
 */
const maxExtra = 100 * mebibyte

/** Bytes of each input. */
const inputBytes = 1_000_000

/** An input: its text, and the table rows and candidates it reads as. */
interface Input {
  text: string
  /** Rows of its one table, header first, as cells. */
  rows: string[][]
  /** Names and votes of its candidates. */
  candidates: Array<[string, number]>
}

/** A table of `line`s filling 1 MB after `head`. */
function tableInput(head: string, line: string): {text: string; lines: string[]} {
  const text = fillTo(inputBytes, head, () => line)
  return {text, lines: text.split('\n').filter((row) => row !== '')}
}

/** Cells of a table line as the parser trims them (`|a| b |` -> `a`, `b`). */
function cellsOf(line: string): string[] {
  return line.slice(1, -1).split('|').map((cell) => cell.trim())
}

/** The shapes that cost the most: empty cells, one-letter cells, candidate rows. */
function makeInputs(): Record<string, Input> {
  const flood = tableInput('', '||||||||\n')
  const a7 = tableInput('', '|a|a|a|a|a|a|a|\n')
  const cand = tableInput('| Candidate | Votes |\n', '|A|1|\n')
  const cand9 = tableInput('| Candidate | Votes | % | Delegates |\n', '|A|1|1|1|\n')
  return {
    'flood.md': {text: flood.text, rows: flood.lines.map(cellsOf), candidates: []},
    'a7.md': {text: a7.text, rows: a7.lines.map(cellsOf), candidates: []},
    'cand.md': {text: cand.text, rows: cand.lines.map(cellsOf), candidates: cand.lines.slice(1).map(() => ['A', 1])},
    'cand9.md': {text: cand9.text, rows: cand9.lines.map(cellsOf), candidates: cand9.lines.slice(1).map(() => ['A', 1])}
  }
}

/** What the tests read back of an election's NDJSON line. */
interface ReadBack {
  tables: Array<{header: string[][]; rows: string[][]}>
  candidates: Array<{name: string; votes: number | null}>
}

let folder = ''
let inputs: Record<string, Input> = {}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-memory-markdown-'))
  inputs = makeInputs()
  for (const [name, input] of Object.entries(inputs)) writeFileSync(path.join(folder, name), input.text)
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

describe('convert --to markdown of 1 MB tables', () => {
  for (const name of ['flood.md', 'a7.md', 'cand.md']) {
    it(`writes ${name} within ${maxExtra / mebibyte} MiB over check, as an article that reads back the same`, () => {
      const input = inputs[name]
      if (!input) throw new Error(`Expected an input named ${name}`)
      const check = measureBuiltCli(['check', name, ...readInFull], {cwd: folder})
      const written = `written-${name}`
      const markdown = measureBuiltCli(['convert', name, '--to', 'markdown', '-o', written, ...readInFull], {cwd: folder})
      expect(markdown.status).toBe(0)
      expect(markdown.peak - check.peak).toBeLessThan(maxExtra)

      const ndjson = measureBuiltCli(['convert', written, '--to', 'ndjson', ...readInFull], {cwd: folder})
      const election = JSON.parse(ndjson.stdout) as ReadBack
      expect(election.tables.length).toBe(1)
      const [table] = election.tables
      expect([...(table?.header ?? []), ...(table?.rows ?? [])]).toEqual(input.rows)
      expect(election.candidates.map((candidate) => [candidate.name, candidate.votes])).toEqual(input.candidates)
    })
  }
})

describe('convert --to gfm of 1 MB results tables', () => {
  for (const name of ['cand.md', 'cand9.md']) {
    it(`writes the report of ${name} within ${maxExtra / mebibyte} MiB over check, a row per candidate`, () => {
      const input = inputs[name]
      if (!input) throw new Error(`Expected an input named ${name}`)
      const check = measureBuiltCli(['check', name, ...readInFull], {cwd: folder})
      const report = measureBuiltCli(['convert', name, '--to', 'gfm', ...readInFull], {cwd: folder})
      expect(report.status).toBe(0)
      expect(report.peak - check.peak).toBeLessThan(maxExtra)
      const rows = report.stdout.split('\n').filter((line) => line.startsWith('|'))
      // The header, the delimiter row, then one row per candidate (no Total row).
      expect(rows).toHaveLength(input.candidates.length + 2)
      expect(rows[2]).toMatch(/^\| \*\*A\*\* ✓ +\| +1 \|/)
    })
  }
})
