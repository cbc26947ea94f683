import {describe, expect, test} from 'vitest'
import {resultsTable} from '../../src/serialize/results-table.js'
import {candidate, election} from './sample-election.js'

describe('resultsTable', () => {
  test('writes the columns some row fills, a withdrawn marker and the Total row', () => {
    const table = resultsTable(election({
      candidates: [candidate({name: 'Eva Moss', votes: 300, percent: 60, withdrawn: true}), candidate({name: 'Sam Roy', votes: 200})],
      totals: {votes: 500, percent: null, delegates: null, electoralVotes: null, position: null}
    }), null)
    expect(table).toEqual({
      section: 'Results',
      caption: null,
      captionKind: null,
      header: [['Candidate', 'Votes', '%']],
      rows: [['Eva Moss (withdrawn)', '300', '60'], ['Sam Roy', '200', ''], ['Total', '500', '']],
      notes: [],
      position: null
    })
  })

  test('writes all four breakdown columns when a candidate has a breakdown, and no Total row without totals', () => {
    const breakdown = {pledged: 3, unpledged: null, bound: null, unbound: 1}
    const table = resultsTable(election({candidates: [candidate({name: 'Ann Lee', party: 'Green', delegates: 4, delegateBreakdown: breakdown})]}), null)
    expect(table.header).toEqual([['Candidate', 'Party', 'Delegates', 'Pledged', 'Unpledged', 'Bound', 'Unbound']])
    expect(table.rows).toEqual([['Ann Lee', 'Green', '4', '3', '', '', '1']])
  })

  test('keeps the section, caption and notes of the table it stands in for', () => {
    const base = {section: 'Caucus', caption: 'Results', captionKind: 'line' as const, header: [], rows: [], notes: ['*Withdrew.'], position: null}
    const table = resultsTable(election({candidates: [candidate({name: 'Ann Lee', votes: 1})]}), base)
    expect([table.section, table.caption, table.captionKind, table.notes]).toEqual(['Caucus', 'Results', 'line', ['*Withdrew.']])
  })
})
