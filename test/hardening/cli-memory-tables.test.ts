/**
 * `wikitally check` (the built CLI) reads tables of 1 MB and floods of infobox messages within
 * a memory bound: peak resident memory of the whole process. Run `npm run build` after
 * editing `src`.
 *
 * At the default `--max-size` a table of over 100,000 cells is refused (`input-too-large`);
 * read in full under a larger `--max-size`, the tables show what a cell and a row cost.
 */
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {inputExtentLimits} from '../../src/parse/check-input-extent.js'
import {parseElection} from '../../src/parse-election.js'
import {fillTo, measureBuiltCli, mebibyte, readInFull} from './measure-built-cli.js'

/** The real articles, a folder each with its `input.md`. */
const articlesFolder = path.resolve('fixtures/articles')

/** Bytes of each input. */
const size = 1_000_000

/** Most resident memory `check` may reach on one input of 1 MB (a tiny article takes 46 MiB). */
const maxPeak = 300 * mebibyte

/**
 * Bounds on the 1 MB tables read in full (over the default cap, under a larger `--max-size`):
 * what a cell and a row cost, as regression guards. The tree of 777,777 empty cells and of
 * 437,000 letters took 290 MiB to check before this round's leaner rows, now about 275; the
 * tables of 100,000 candidates and more hold their tree (800 bytes a row of two cells,
 * positions on every node), the table read and the results at once: 490 and 418 MiB before,
 * about 405 and 355 now.
 */
const maxInFullPeak = {'flood.md': 330 * mebibyte, 'a7.md': 330 * mebibyte, 'cand.md': 450 * mebibyte, 'cand9.md': 400 * mebibyte} as const

/** What `check` says about an input read in full, and what the election holds. */
interface Expected {
  /** Last line of the report on standard error. */
  tally: string
  /** Candidates of the election. */
  candidates: number
  /** Peak bound. */
  peak: number
}

/** The inputs, by file name: text, what checking it in full gives, and whether the default refuses it. */
const inputs: Record<string, {text: string; refused: boolean} & Expected> = {
  // 777,777 empty cells.
  'flood.md': {text: '||||||||\n'.repeat(111_111), refused: true, tally: '1 warning', candidates: 0, peak: maxInFullPeak['flood.md']},
  // 437,000 one-letter cells of a table of places, kept raw.
  'a7.md': {text: fillTo(size, '', () => '|a|a|a|a|a|a|a|\n'), refused: true, tally: '1 warning', candidates: 0, peak: maxInFullPeak['a7.md']},
  'cand.md': {
    text: fillTo(size, '| Candidate | Votes |\n', () => '|A|1|\n'),
    refused: true,
    tally: 'no issues found',
    candidates: 166_663,
    peak: maxInFullPeak['cand.md']
  },
  'cand9.md': {
    text: fillTo(size, '| Candidate | Votes | % | Delegates |\n', () => '|A|1|1|1|\n'),
    refused: true,
    tally: '1 warning',
    candidates: 99_996,
    peak: maxInFullPeak['cand9.md']
  },
  // 50,555 infobox candidates named `A` (49,555 past the known numbers): the fallback warning names
  // `A` once.
  'ibox.md': {text: fillTo(size, 'Infobox\n', (at) => `- Candidate${at}: A\n`), refused: false, tally: '1 warning, 49555 infos', candidates: 1000, peak: maxPeak},
  // 142,857 entries of one unknown key: a warning for each repeat, one info for the key. It took
  // 511 MiB while every repeat was an info too and the report was built whole; now about 180.
  'ibox2.md': {text: fillTo(size, 'Infobox\n', () => '- a: b\n'), refused: false, tally: '142856 warnings, 1 info', candidates: 0, peak: maxPeak}
}

let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-memory-tables-'))
  for (const [name, {text}] of Object.entries(inputs)) writeFileSync(path.join(folder, name), text)
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

describe('check on tables and message floods of 1 MB', () => {
  for (const [name, {refused, peak: fullPeak}] of Object.entries(inputs)) {
    const peak = refused ? maxPeak : fullPeak
    it(`${refused ? 'refuses' : 'reads'} ${name} at the default --max-size within ${peak / mebibyte} MiB`, () => {
      const run = measureBuiltCli(['check', name], {cwd: folder})
      if (refused) {
        expect(run.status).toBe(1)
        expect(run.stderr).toMatch(/Expected an input of at most `100000` table cells, got `\d+` \(a larger size limit raises the cap\) {2}input-too-large/)
      } else {
        expect(run.status).toBe(0)
      }
      expect(run.peak).toBeLessThan(peak)
    })
  }

  for (const [name, {text, tally, candidates, peak}] of Object.entries(inputs)) {
    it(`checks ${name} in full within ${peak / mebibyte} MiB`, () => {
      const run = measureBuiltCli(['check', name, ...readInFull], {cwd: folder})
      expect(run.status).toBe(0)
      expect(run.stderr.trimEnd().split('\n').at(-1)).toContain(tally)
      expect(run.peak).toBeLessThan(peak)
      expect(parseElection(text, {maxSize: 64 * mebibyte}).election.candidates).toHaveLength(candidates)
    })
  }
})

/**
 * The largest results table the default `--max-size` reads: 49,999 candidates under a header,
 * 100,000 cells in all, the cap.
 */
const atCap = '| Candidate | Votes |\n' + '|A|1|\n'.repeat(inputExtentLimits.cells / 2 - 1)

/**
 * Most peak memory of `--to sqlite` on the table at the cap: sql.js holds the database in
 * its in-memory file, in SQLite's page cache and once more when it exports it, beside the
 * elections read back from their NDJSON lines (280 to 310 MiB on 2026-12-01).
 */
const maxDatabasePeak = 400 * mebibyte

describe('every command on the largest table and the longest message flood the default reads', () => {
  const commands: Array<{args: string[]; peak: number}> = [
    {args: ['check'], peak: maxPeak},
    {args: ['show'], peak: maxPeak},
    ...['json', 'ndjson', 'yaml', 'csv', 'markdown', 'gfm'].map((to) => ({args: ['convert', '--to', to, '-o', `out.${to}`], peak: maxPeak})),
    {args: ['convert', '--to', 'csv', '--rows', 'elections', '-o', 'rows.csv'], peak: maxPeak},
    {args: ['convert', '--to', 'sqlite', '-o', 'out.db'], peak: maxDatabasePeak}
  ]
  for (const [name, text] of [['at-cap.md', atCap], ['ibox2.md', inputs['ibox2.md']?.text ?? '']] as const) {
    // An infobox without candidates is no election, and a database holds elections only.
    for (const {args, peak} of name === 'ibox2.md' ? commands.filter(({args}) => !args.includes('sqlite')) : commands) {
      it(`${args.join(' ')} reads ${name} within ${peak / mebibyte} MiB`, () => {
        writeFileSync(path.join(folder, name), text)
        const run = measureBuiltCli([...args, name], {cwd: folder})
        expect(run.stderr).not.toContain('input-too-large')
        expect(run.status).toBe(0)
        expect(run.peak).toBeLessThan(peak)
      })
    }
  }
})

describe('a batch holding the largest table and the longest message flood the default reads', () => {
  for (const jobs of ['1', '2']) {
    it(`converts them among the real articles with --jobs ${jobs} within ${maxPeak / mebibyte} MiB`, () => {
      const batch = path.join(folder, `batch-${jobs}`)
      mkdirSync(batch)
      writeFileSync(path.join(batch, 'at-cap.md'), atCap)
      writeFileSync(path.join(batch, 'ibox2.md'), inputs['ibox2.md']?.text ?? '')
      const articles = readdirSync(articlesFolder, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
      for (const name of articles) copyFileSync(path.join(articlesFolder, name, 'input.md'), path.join(batch, `${name}.md`))
      const run = measureBuiltCli(['convert', batch, '--to', 'csv', '--jobs', jobs, '-o', `batch-${jobs}.csv`, '-q'], {cwd: folder})
      // ibox2.md has no candidates: a batch names it and goes on.
      expect(run.status).toBe(1)
      expect(run.peak).toBeLessThan(maxPeak)
      const rows = readFileSync(path.join(folder, `batch-${jobs}.csv`), 'utf8').trimEnd().split('\n')
      expect(rows.filter((row) => row.startsWith('at-cap,')).length).toBe(inputExtentLimits.cells / 2 - 1)
    })
  }
})
