/**
 * A small handmade election, shaped like the 2004 North Carolina Democratic caucuses.
 */
import type {Election, SourcePosition} from '../../src/model/election.js'
import {candidateWith, electionWith} from '../factories.js'

/** A one-line position. */
export function at(line: number, startColumn = 1, endColumn = 40): SourcePosition {
  return {start: {line, column: startColumn}, end: {line, column: endColumn}}
}

/** A candidate with every field null or false except those given. */
export const candidate = candidateWith

/** An election with every field empty except those given. */
export const election = electionWith

/** The sample: two candidates, an Uncommitted row, an infobox, one table and a message. */
export const sampleElection: Election = election({
  title: '2004 North Carolina Democratic presidential caucuses',
  name: '2004 North Carolina Democratic presidential primary',
  date: '2004-04-17',
  year: 2004,
  stage: 'caucus',
  party: 'Democratic',
  jurisdiction: {name: 'North Carolina', code: 'NC', fips: '37'},
  delegates: {total: 107, pledged: 90, unpledged: 17},
  previous: {name: '2000 North Carolina Democratic presidential primary', year: 2000},
  next: {name: '2008 North Carolina Democratic presidential primary', year: 2008},
  candidates: [
    candidate({
      name: 'John Edwards',
      withdrawn: true,
      homeState: 'North Carolina',
      color: '#e50100',
      votes: 9093,
      percent: 51.06,
      delegates: 57,
      winner: true,
      infoboxIndex: 1,
      position: at(10)
    }),
    candidate({
      name: 'John Kerry',
      homeState: 'Massachusetts',
      color: '#00539f',
      votes: 4844,
      percent: 27.2,
      delegates: 29,
      infoboxIndex: 2,
      position: at(11)
    }),
    candidate({name: 'Uncommitted', kind: 'uncommitted', votes: 106, percent: 0.6, delegates: 17, position: at(12)})
  ],
  totals: {votes: 14043, percent: 100, delegates: 103, electoralVotes: null, position: at(13)},
  mainTable: 0,
  infobox: [
    {key: 'election_name', label: 'Election Name', value: '2004 North Carolina Democratic presidential primary', position: at(4)},
    {key: 'election_date', label: 'Election Date', value: '2004-04-17', position: at(5)},
    {key: 'candidate1', label: 'Candidate1', value: 'John Edwards, (withdrawn)', position: at(6)},
    {key: 'popular_vote1', label: 'Popular Vote1', value: '9,093', position: at(7)}
  ],
  tables: [
    {
      section: 'Results',
      caption: '2004 North Carolina Democratic presidential caucuses',
      captionKind: 'line',
      header: [['Candidate', 'Votes', '%', 'Delegates']],
      rows: [
        ['John Edwards', '9,093', '51.06', '57'],
        ['John Kerry', '4,844', '27.20', '29'],
        ['Uncommitted', '106', '0.60', '17'],
        ['Total', '14,043', '100%', '103']
      ],
      notes: [],
      position: at(9, 1, 20)
    }
  ],
  messages: [
    {ruleId: 'votes-total-mismatch', severity: 'warning', reason: 'Expected the total to be `14,043`, got `14,043`', line: 13, column: 1, endLine: 13, endColumn: 40}
  ],
  sourceFile: 'corpus/2004-north-carolina-democratic-caucuses.md'
})
