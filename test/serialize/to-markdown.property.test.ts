import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Election} from '../../src/model/election.js'
import {parseElection} from '../../src/parse-election.js'
import {electionDifferences} from '../../src/serialize/election-differences.js'
import {MarkdownWriteError} from '../../src/serialize/markdown-write-error.js'
import {toMarkdown} from '../../src/serialize/to-markdown.js'
import {candidateKind} from '../../src/extract/candidate-kind.js'
import {markWinners} from '../../src/extract/mark-winners.js'
import {electionArbitrary, hostileString} from './election-arbitrary.js'
import {numRuns} from './property-elections.js'
import {candidate, election} from './sample-election.js'

/** The article of `input`, or null when `toMarkdown` refuses it with a MarkdownWriteError. */
function writeOrRefuse(input: Election): string | null {
  try {
    return toMarkdown(input)
  } catch (error) {
    if (error instanceof MarkdownWriteError) return null
    throw error
  }
}

describe('toMarkdown with hostile data', () => {
  test('writes text or throws a MarkdownWriteError, nothing else', () => {
    fc.assert(
      fc.property(electionArbitrary, (input) => {
        expect(() => writeOrRefuse(input)).not.toThrow()
      }),
      {numRuns}
    )
  })

  test('writes any consistent edit of the candidates and totals so that it reads back, never refusing it', () => {
    const row = fc.record({
      name: fc.constantFrom('Eva Moss', 'Sam Roy', 'Ann Lee', 'Uncommitted', 'Write-ins'),
      withdrawn: fc.boolean(),
      party: fc.option(fc.constantFrom('Democratic', 'Republican', 'Green'), {nil: null}),
      votes: fc.option(fc.nat(), {nil: null}),
      percent: fc.option(fc.constantFrom(0, 12.5, 51.06, 100), {nil: null}),
      delegates: fc.option(fc.nat({max: 500}), {nil: null})
    })
    const rows = fc.uniqueArray(row, {selector: (candidate) => candidate.name, minLength: 1, maxLength: 5})
    const total = fc.option(fc.nat(), {nil: null})
    const base = parseElection('= 2004 Idaho Democratic caucuses =\n').election
    fc.assert(
      fc.property(rows, total, (edits, votes) => {
        // Every candidate has a figure, or the table would be no results table.
        fc.pre(edits.every((edit) => edit.votes !== null || edit.percent !== null || edit.delegates !== null))
        const candidates = markWinners(edits.map((edit) => candidate({...edit, kind: candidateKind(edit.name)})))
        const edited = {...base, candidates, totals: {...base.totals, votes}}
        // A Total that is not the rows' own sum contradicts them: reading may then take the
        // Total's figure for another column (as it must for scraped rows shifted left), so the
        // writer may refuse such an edit with a MarkdownWriteError; it must never write it wrong.
        const counted = edits.filter((edit) => edit.votes !== null)
        const sum = counted.reduce((all, edit) => all + (edit.votes ?? 0), 0)
        if (votes !== null && (counted.length === 0 || votes !== sum)) {
          const text = writeOrRefuse(edited)
          if (text !== null) expect(electionDifferences(edited, parseElection(text).election)).toEqual([])
          return
        }
        expect(electionDifferences(edited, parseElection(toMarkdown(edited)).election)).toEqual([])
      }),
      {numRuns}
    )
  })

  test('writes infobox lines that parse back the same (empty labels humanized), or refuses them', () => {
    const entries = fc.array(fc.record({label: hostileString, value: hostileString}), {minLength: 1, maxLength: 4})
    fc.assert(
      fc.property(entries, (pairs) => {
        const text = writeOrRefuse(election({title: 'T', infobox: pairs.map((pair) => ({key: 'k', ...pair, position: null}))}))
        fc.pre(text !== null)
        const read = parseElection(text ?? '').election.infobox
        // An empty label is written as the humanized key (`k` -> `K`).
        const expected = pairs.map(({label, value}) => ({label: label === '' ? 'K' : label, value}))
        expect(read.map(({label, value}) => ({label, value}))).toEqual(expected)
      }),
      {numRuns}
    )
  })

  test('writes a title that parses back the same, or refuses it', () => {
    fc.assert(
      fc.property(hostileString, (title) => {
        const text = writeOrRefuse(election({title}))
        fc.pre(text !== null)
        expect(parseElection(text ?? '').election.title).toBe(title)
      }),
      {numRuns}
    )
  })

  test('writes table cells and sections that parse back the same, or refuses them', () => {
    const row = fc.array(hostileString, {minLength: 2, maxLength: 4})
    const table = fc.record({section: fc.option(hostileString, {nil: null}), rows: fc.array(row, {minLength: 1, maxLength: 3})})
    fc.assert(
      fc.property(fc.array(table, {minLength: 1, maxLength: 2}), (tables) => {
        const input = election({
          title: 'T',
          tables: tables.map(({section, rows}) => ({section, caption: null, captionKind: null, header: [], rows, notes: [], position: null}))
        })
        const text = writeOrRefuse(input)
        fc.pre(text !== null)
        const read = parseElection(text ?? '').election.tables
        expect(read.map((item) => ({section: item.section, rows: [...item.header, ...item.rows]}))).toEqual(tables)
      }),
      {numRuns}
    )
  })
})
