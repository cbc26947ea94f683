/**
 * Handmade elections for rule tests: the seed article's figures, placed on its lines.
 */
import type {Election, InfoboxEntry, SourcePosition} from '../../src/model/election.js'
import {withSummary} from '../../src/model/summarize-election.js'
import {candidateWith} from '../factories.js'

/** A whole-line position on `line`, `length` characters long. */
export function lineAt(line: number, length = 20): SourcePosition {
  return {start: {line, column: 1}, end: {line, column: length + 1}}
}

/** A candidate with nulls everywhere but what `fields` sets. */
export const makeCandidate = candidateWith

/** An infobox line `- Label: value` on `line`, keyed the way the extract stage keys it. */
export function makeEntry(label: string, value: string, line: number): InfoboxEntry {
  const key = label.toLowerCase().replace(/ /g, '_')
  return {key, label, value, position: lineAt(line, label.length + value.length + 4)}
}

/** Rows of the seed's results table: name, votes, percent as printed, delegates. */
const seedRows = [
  ['John Edwards', 9093, '51.06', 57],
  ['John Kerry', 4844, '27.20', 29],
  ['Dennis Kucinich', 2175, '12.21', 4],
  ['Howard Dean', 1009, '5.67', 0],
  ['Al Sharpton', 582, '3.27', 0],
  ['Uncommitted', 106, '0.60', 17]
] as const

/** The seed article (2004 North Carolina Democratic caucuses) as the extract stage builds it. */
export function makeSeedElection(): Election {
  const candidates = seedRows.map(([name, votes, percent, delegates], index) =>
    makeCandidate({
      name,
      kind: name === 'Uncommitted' ? 'uncommitted' : 'candidate',
      votes,
      percent: Number(percent),
      delegates,
      winner: index === 0,
      position: lineAt(53 + index)
    })
  )
  return withSummary({
    title: '2004 North Carolina Democratic presidential caucuses',
    name: '2004 North Carolina Democratic presidential primary',
    date: '2004-04-17',
    year: 2004,
    stage: 'caucus',
    party: 'Democratic',
    jurisdiction: {name: 'North Carolina', code: 'NC', fips: '37'},
    delegates: {total: 107, pledged: 90, unpledged: 17},
    previous: {name: null, year: 2000},
    next: {name: null, year: 2008},
    candidates,
    totals: {votes: 17809, percent: 100, delegates: 107, electoralVotes: null, position: lineAt(59)},
    mainTable: 0,
    infobox: [
      makeEntry('Election Name', '2004 North Carolina Democratic presidential primary', 4),
      makeEntry('Country', 'North Carolina', 5),
      makeEntry('Votes For Election', '107 Democratic National Convention delegates (90 pledged, 17 unpledged)', 14),
      makeEntry('Candidate1', 'John Edwards, (withdrawn)', 18),
      makeEntry('Popular Vote1', '9,093', 22),
      makeEntry('Candidate2', 'John Kerry', 25),
      makeEntry('Candidate4', 'Dennis Kucinich', 32),
      makeEntry('Candidate5', 'Howard Dean', 39)
    ],
    tables: [
      {
        section: 'Results',
        caption: '2004 North Carolina Democratic presidential caucuses',
        captionKind: 'line',
        header: [['Candidate', 'Votes', '%', 'Delegates']],
        rows: [
          ...seedRows.map(([name, votes, percent, delegates]) => [
            name === 'Howard Dean' ? 'Howard Dean (withdrawn)' : name,
            String(votes),
            percent,
            String(delegates)
          ]),
          ['Total', '17,809', '100%', '107']
        ],
        notes: [],
        position: {start: {line: 52, column: 1}, end: {line: 59, column: 31}}
      }
    ],
    messages: [],
    sourceFile: null,
    sourceId: null
  })
}
