import type {Table} from 'mdast'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {readTable} from '../../src/extract/read-table.js'
import {isResultsTable, roleColumns, tableResults} from '../../src/extract/table-results.js'
import {parseArticle} from '../../src/parse/parse-article.js'

/** The first table of `text`, read. */
function read(text: string) {
  const table = parseArticle(new VFile(text)).children.find((node): node is Table => node.type === 'table')
  if (!table) throw new Error('Expected a table in the test input')
  return readTable(table)
}

/** Results of the first table of `text`, with the file for its messages. */
function results(text: string) {
  const file = new VFile(text)
  return {...tableResults(read(text), file), messages: file.messages}
}

describe('roleColumns', () => {
  it('finds the column of each figure', () => {
    expect(roleColumns(read('| Party | Candidate | Votes | % | Delegates |\n| Whig | A. Smith | 1 | 100% | 2 |'))).toMatchObject(
      {party: 0, name: 1, votes: 2, percent: 3, delegates: 4, runningMate: -1, electoralVotes: -1}
    )
  })

  it('prefers the national delegates column over the district one', () => {
    const table = read('| Candidate | Votes | District Delegates | Estimated national delegates |\n| A. Smith | 12 | 4 | 7 |')
    expect(roleColumns(table).delegates).toBe(3)
  })

  it('takes the first unnamed text column as the names when no column is called Candidate', () => {
    expect(roleColumns(read('| Who | Votes |\n| A. Smith | 12 |')).name).toBe(0)
  })
})

describe('isResultsTable', () => {
  it('accepts names with votes, shares or delegates', () => {
    expect(isResultsTable(read('| Candidate | Delegates |\n| A. Smith | 9 |'))).toBe(true)
  })

  it('rejects county tables, polls and tables without figures', () => {
    expect(isResultsTable(read('| County | Kerry | Edwards |\n| Kent | 120 | 80 |'))).toBe(false)
    expect(isResultsTable(read('| Poll source | Date | Kerry |\n| Quinnipiac | March 1, 2004 | 35% |'))).toBe(false)
    expect(isResultsTable(read('| Candidate | Home state |\n| A. Smith | Ohio |'))).toBe(false)
  })
})

describe('tableResults', () => {
  it('reads a fusion candidate\'s Total row as no total, and the table\'s own Total row after it', () => {
    const got = results([
      '| Party | Candidate | Votes | % |',
      '| Democratic | A. Smith | 40 | 80% |',
      '| Populist | A. Smith | 0 | 0% |',
      '| Total | A. Smith | 40 | 80% |',
      '| Whig | B. Jones | 10 | 20% |',
      '| Totals | 50 | 100% | |'
    ].join('\n'))
    expect(got.candidates.map((candidate) => [candidate.party, candidate.name, candidate.votes])).toEqual(
      [['Democratic', 'A. Smith', 40], ['Populist', 'A. Smith', 0], ['Whig', 'B. Jones', 10]]
    )
    expect(got.totals.votes).toBe(50)
  })

  it('keeps a Total row whose candidate cell names no row above as the total', () => {
    const got = results('| Party | Candidate | Votes |\n| Whig | A. Smith | 40 |\n| Total | All candidates | 40 |')
    expect(got.totals.votes).toBe(40)
  })

  it('reads each result row and the Total row', () => {
    const {candidates, totals} = results('| Candidate | Votes | % | Delegates |\n| John Edwards | 9,093 | 51.06 | 57 |\n| Uncommitted | 106 | 0.60 | 17 |\n| Total | 9,199 | 100% | 74 |')
    expect(candidates.map((candidate) => [candidate.name, candidate.kind, candidate.votes, candidate.percent, candidate.delegates])).toEqual([
      ['John Edwards', 'candidate', 9093, 51.06, 57],
      ['Uncommitted', 'uncommitted', 106, 0.6, 17]
    ])
    expect(totals).toMatchObject({votes: 9199, percent: 100, delegates: 74, electoralVotes: null, position: {start: {line: 4, column: 1}}})
  })

  it('reads names without markers and remembers their legend marks', () => {
    const {candidates, marks} = results('| Candidate | Votes |\n| Howard Dean (withdrawn) | 1,009 |\n| John Cox* | 10 |')
    expect(candidates.map((candidate) => [candidate.name, candidate.withdrawn])).toEqual([['Howard Dean', true], ['John Cox', false]])
    expect(marks).toEqual([null, '*'])
  })

  it('gives null for dashes and blanks, with no message', () => {
    const {candidates, messages} = results('| Candidate | Votes | Delegates |\n| A. Smith | 12 | — |\n| B. Jones | 10 | -- |\n| C. Brown | 9 | |')
    expect(candidates.map((candidate) => candidate.delegates)).toEqual([null, null, null])
    expect(messages).toEqual([])
  })

  it('reports a figure that is no number at its cell', () => {
    const {candidates, messages} = results('| Candidate | Votes |\n| A. Smith | 9,O93 |')
    expect(candidates[0]?.votes).toBeNull()
    expect(messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toContainEqual(
      ['number-not-parsed', 2, 14, 'Expected votes to be a number, got `9,O93`']
    )
  })

  it('reads the party and running mate columns, `N/A` and dashes as null', () => {
    const {candidates} = results('| Party | Candidate | Running mate | Votes |\n| Whig | A. Smith | B. Jones | 12 |\n| N/A | Others | — | 3 |')
    expect(candidates.map((candidate) => [candidate.party, candidate.runningMate])).toEqual([['Whig', 'B. Jones'], [null, null]])
  })

  it('gives no party to a label that spanned the party and candidate columns, and says the row was shifted', () => {
    const {candidates, messages} = results('| Party | Candidate | Votes | % | |\n| Republican | D. Eisenhower | 90,059 | 51.75% | |\n| Write-in | 651 | 0.37% | | |')
    expect(candidates[1]).toMatchObject({name: 'Write-in', kind: 'write-in', party: null, votes: 651, percent: 0.37})
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['row-shape', 3]])
  })

  it('reads a delegate breakdown and leaves out the row that only accounts for it', () => {
    const text = '| Candidate | Votes | % | Delegates | | |\n| Bound | Unbound | Total | | | |\n| Marco Rubio | 28,937 | 70.24% | 23 | 0 | 23 |\n| Unprojected delegates: | 0 | 0 | 0 | | |'
    const {candidates} = results(text)
    expect(candidates.map((candidate) => [candidate.name, candidate.delegates, candidate.delegateBreakdown])).toEqual([
      ['Marco Rubio', 23, {pledged: null, unpledged: null, bound: 23, unbound: 0}]
    ])
  })

  it('reads a blank Total cell as the sum of the breakdown the row shows, and a row with no parts as none', () => {
    const text = '| Candidate | Votes | % | Delegates | | |\n| Bound | Unbound | Total | | | |\n| Joe Biden | 6,907 | 80.1% | 13 | | |\n| Uncommitted | 1,136 | 13.2% | | | |\n| Total: | 8,618 | 100.00% | 13 | 8 | 21 |'
    const {candidates, totals} = results(text)
    expect(candidates.map((candidate) => [candidate.name, candidate.delegates])).toEqual([['Joe Biden', 13], ['Uncommitted', null]])
    expect(totals.delegates).toBe(21)
  })

  it('reads electoral votes', () => {
    const {candidates, totals} = results('| Candidate | Votes | Electoral votes |\n| A. Smith | 12 | 3 |\n| Total | 12 | 3 |')
    expect(candidates[0]?.electoralVotes).toBe(3)
    expect(totals.electoralVotes).toBe(3)
  })

  it('keeps the first Total row when there are two', () => {
    expect(results('| Candidate | Votes |\n| A. Smith | 12 |\n| Total | 12 |\n| Total | 99 |').totals.votes).toBe(12)
  })

  it('places each result on its row', () => {
    expect(results('| Candidate | Votes |\n| A. Smith | 12 |').candidates[0]?.position).toEqual({start: {line: 2, column: 1}, end: {line: 2, column: 18}})
  })
})
