/**
 * The promise, tested: damage a real article the way scrapers and editors do, and every fact
 * read from it is still the article's fact, or a warning on its row or on the Total row (or
 * naming the candidate) says it may not be.
 *
 * Damage is applied only where the table carries the evidence that could reveal it: votes and
 * percentages of articles whose Total row gives the votes, delegates of articles whose Total
 * row gives the delegates, and legend lines.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Election} from '../src/model/election.js'
import {parseElection} from '../src/parse-election.js'
import {floatSlack, slackUnits} from '../src/validate/rounding-slack.js'
import {articleFixtures} from './article-fixtures.js'
import {wrongFields, type FactCandidate, type Facts} from './wrong-fields.js'

/** Cases per run (at least 1,000); set `WIKITALLY_TRUST_RUNS` for a longer hunt. */
const runs = Number(process.env.WIKITALLY_TRUST_RUNS ?? 1_000)

/** A figure as written in a cell: `9,093`, `51.06`, `100%`, `4½`, `.01%`. */
const figureCell = /^[\d.,%½¼¾]+$/

/** What a figure cell holds, by the fact it equals. */
type Role = 'votes' | 'percent' | 'delegates'

/** A body row of the main table, by line. */
interface Row {
  /** Zero-based line in the article. */
  line: number
  /** Cell indexes (after the leading `|`) of figures the table's evidence covers. */
  figures: number[]
  /** The candidate the row gives (none for the Total row). */
  fact?: FactCandidate
}

/** An article fit for damage, with where its rows are. */
interface Subject {
  slug: string
  lines: string[]
  facts: Facts
  rows: Row[]
  total: Row | null
  /** Zero-based lines of legends glued under or above the table. */
  legends: number[]
  /**
   * The Total minus the rows' sum, per column, as the page prints them (0 on most pages). A digit
   * change that closes this gap makes a consistent table with other facts: no reader could tell.
   */
  gap: {votes: number; delegates: number}
}

const read = (text: string): Election => parseElection(new VFile({path: 'input.md', value: text})).election

function cellsOf(line: string): string[] {
  return line.split('|').slice(1, -1)
}

function joinCells(cells: readonly string[]): string {
  return `|${cells.join('|')}|`
}

function numberOf(text: string): number | null {
  const value = text.trim().replace(/%$/, '').replaceAll(',', '').replace('½', '.5')
  return value === '' || !figureCell.test(text.trim()) ? null : Number(value)
}

/** The figure cells of `line` that equal a fact the table can check. */
function evidencedFigures(line: string, fact: FactCandidate | {votes: number | null; delegates: number | null; percent?: number | null}, facts: Facts): number[] {
  const checked: Role[] = []
  if (facts.total.votes !== null) checked.push('votes', 'percent')
  if (facts.total.delegates !== null) checked.push('delegates')
  return cellsOf(line).flatMap((cell, at) => {
    const value = numberOf(cell)
    if (value === null) return []
    return checked.some((role) => fact[role] !== null && fact[role] !== undefined && Math.abs((fact[role] as number) - value) < 1e-9) ? [at] : []
  })
}

function subjectOf(slug: string, folder: string, input: string): Subject | null {
  const facts = JSON.parse(readFileSync(path.join(folder, 'facts.json'), 'utf8')) as Facts
  if (facts.total.votes === null && facts.total.delegates === null) return null
  const election = read(input)
  const lines = input.split('\n')
  const rows: Row[] = []
  for (const fact of facts.candidates) {
    const candidate = election.candidates.find((found) => found.name === fact.name)
    const line = candidate?.position?.start.line
    const table = election.mainTable === null ? null : election.tables[election.mainTable]
    if (line === undefined || !table?.position || line < table.position.start.line || line > table.position.end.line) continue
    rows.push({line: line - 1, figures: evidencedFigures(lines[line - 1] ?? '', fact, facts), fact})
  }
  const totalLine = election.totals.position?.start.line
  const total = totalLine === undefined ? null : {line: totalLine - 1, figures: evidencedFigures(lines[totalLine - 1] ?? '', {...facts.total, percent: null}, facts)}
  const end = election.mainTable === null ? undefined : election.tables[election.mainTable]?.position?.end.line
  const legends = end === undefined ? [] : lines.flatMap((text, at) => (at >= end && at < end + 3 && /^\s*(?:[*†‡^§]|- )/.test(text) ? [at] : []))
  if (total === null || rows.length < 2) return null
  const gapOf = (role: 'votes' | 'delegates'): number => (facts.total[role] ?? Number.NaN) - facts.candidates.reduce((sum, fact) => sum + (fact[role] ?? 0), 0)
  return {slug, lines, facts, rows, total, legends, gap: {votes: gapOf('votes'), delegates: gapOf('delegates')}}
}

const subjects = articleFixtures().flatMap((fixture) => subjectOf(fixture.slug, fixture.folder, fixture.input) ?? [])

/** One kind of damage: the damaged lines, and a few words saying what was done. */
type Damage = (subject: Subject, pick: number, other: number, digit: number) => {lines: string[]; what: string} | null

const pickOf = <Item>(items: readonly Item[], at: number): Item | undefined => items[at % Math.max(1, items.length)]

function withLine(lines: readonly string[], at: number, text: string): string[] {
  return lines.map((line, index) => (index === at ? text : line))
}

/**
 * Whether `cell`, a percentage, is the candidate's share of the Total as a right figure may
 * print it: within the rounding slack the rules allow at its own decimals.
 */
function sharePrinted(subject: Subject, fact: FactCandidate, cell: string): boolean {
  const value = numberOf(cell)
  if (value === null || fact.votes === null || !subject.facts.total.votes) return false
  const decimals = cell.trim().replace(/%$/, '').split('.')[1]?.length ?? 0
  return Math.abs(value - (fact.votes / subject.facts.total.votes) * 100) <= slackUnits * 10 ** -decimals + floatSlack
}

const damages: Record<string, Damage> = {
  'swap two figures of a row'(subject, pick, other) {
    const row = pickOf(subject.rows, pick)
    if (!row || row.figures.length < 2) return null
    const first = pickOf(row.figures, other) as number
    const second = pickOf(row.figures.filter((at) => at !== first), pick + other) as number
    const cells = cellsOf(subject.lines[row.line] ?? '')
    ;[cells[first], cells[second]] = [cells[second] ?? '', cells[first] ?? '']
    return {lines: withLine(subject.lines, row.line, joinCells(cells)), what: `swap cells ${first} and ${second} on line ${row.line + 1}`}
  },
  'blank a figure'(subject, pick, other) {
    const row = pickOf(subject.rows, pick)
    const at = row && pickOf(row.figures, other)
    if (!row || at === undefined) return null
    const cells = cellsOf(subject.lines[row.line] ?? '')
    cells[at] = ' '
    return {lines: withLine(subject.lines, row.line, joinCells(cells)), what: `blank cell ${at} on line ${row.line + 1}`}
  },
  'change one digit of a figure or of the Total'(subject, pick, other, digit) {
    const rows = subject.total ? [...subject.rows, subject.total] : subject.rows
    const row = pickOf(rows, pick)
    const at = row && pickOf(row.figures, other)
    if (!row || at === undefined) return null
    const cells = cellsOf(subject.lines[row.line] ?? '')
    const text = cells[at] ?? ''
    const digits = [...text.matchAll(/\d/g)].map((match) => match.index)
    const index = pickOf(digits, pick + other)
    if (index === undefined) return null
    const old = Number(text[index])
    const changed = (old + digit) % 10
    cells[at] = text.slice(0, index) + String(changed) + text.slice(index + 1)
    // On a page whose Total disagrees with its rows, a change by the gap repairs the table.
    const delta = ((numberOf(cells[at] ?? '') ?? 0) - (numberOf(text) ?? 0)) * (row === subject.total ? -1 : 1)
    if (delta !== 0 && (delta === subject.gap.votes || delta === subject.gap.delegates)) return null
    // A page's percentage may be off its votes' share by more than rounding (3.3% for 3.247%),
    // and a changed one may still be within the slack a right figure is allowed (0.08% for
    // 0.085%, rounded twice): no reader can tell either from the page's own figures.
    if (row.fact && row.fact.percent === numberOf(text) && sharePrinted(subject, row.fact, cells[at] ?? '')) return null
    return {lines: withLine(subject.lines, row.line, joinCells(cells)), what: `change \`${text.trim()}\` to \`${cells[at]?.trim()}\` on line ${row.line + 1}`}
  },
  'delete a row'(subject, pick) {
    // A row of zeros leaves no trace in the sums: only rows with a figure are deleted.
    const row = pickOf(subject.rows.filter((candidate) => candidate.figures.some((at) => (numberOf(cellsOf(subject.lines[candidate.line] ?? '')[at] ?? '') ?? 0) > 0)), pick)
    if (!row) return null
    return {lines: subject.lines.filter((_, index) => index !== row.line), what: `delete line ${row.line + 1}`}
  },
  'drop a legend line'(subject, pick) {
    const at = pickOf(subject.legends, pick)
    if (at === undefined) return null
    return {lines: subject.lines.filter((_, index) => index !== at), what: `drop legend line ${at + 1}`}
  },
  'shift a row left'(subject, pick) {
    // A cell that spanned two columns on the page: the scraper drops the second, moving the
    // figures after it left, and pads the row. It spans the column before the first figure
    // (a running mate, a swatch), or the first figure itself when the name stands before it.
    const row = pickOf(subject.rows, pick)
    const first = row?.figures[0]
    if (!row || first === undefined) return null
    const cells = cellsOf(subject.lines[row.line] ?? '')
    const before = cells[first - 1]?.trim() ?? ''
    const name = subject.facts.candidates.find((fact) => before.startsWith(fact.name))
    const gone = name || before === '' || first === 0 ? first : first - 1
    const shifted = [...cells.slice(0, gone), ...cells.slice(gone + 1), ' ']
    return {lines: withLine(subject.lines, row.line, joinCells(shifted)), what: `shift line ${row.line + 1} left from cell ${gone}`}
  }
}

/** The facts left unflagged after `damage`, or an empty list. */
function silentFields(subject: Subject, lines: readonly string[]): string[] {
  const election = read(lines.join('\n'))
  const totalLine = election.totals.position?.start.line
  return wrongFields(election, subject.facts, {lines: totalLine === undefined ? [] : [totalLine], anywhere: false})
    .filter((field) => field.silent)
    .map((field) => field.field)
}

describe('damaged real articles', () => {
  it('has articles whose tables carry evidence', () => {
    expect(subjects.length).toBeGreaterThanOrEqual(10)
  })

  it('every undamaged article reads right', () => {
    for (const subject of subjects) expect(silentFields(subject, subject.lines), subject.slug).toEqual([])
  })

  it(`every fact survives damage or is warned on its row or the Total row (${runs} cases)`, () => {
    const kinds = Object.keys(damages)
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...kinds), fc.nat(), fc.nat(), fc.integer({min: 1, max: 9}), (at, kind, pick, other, digit) => {
        const subject = pickOf(subjects, at) as Subject
        const damaged = (damages[kind] as Damage)(subject, pick, other, digit)
        if (!damaged) return
        expect(silentFields(subject, damaged.lines), `${subject.slug}: ${damaged.what}`).toEqual([])
      }),
      {numRuns: runs}
    )
  }, 120_000)
})
