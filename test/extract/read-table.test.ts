import type {Table} from 'mdast'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {readTable, rowTexts} from '../../src/extract/read-table.js'
import {parseArticle} from '../../src/parse/parse-article.js'

/** The first table of `text`. */
function tableOf(text: string): Table {
  const table = parseArticle(new VFile(text)).children.find((node): node is Table => node.type === 'table')
  if (!table) throw new Error('Expected a table in the test input')
  return table
}

const read = (text: string) => readTable(tableOf(text))

/** Each body row as its kind and cell texts by column (`.` where empty). */
const rows = (text: string) => read(text).rows.map((row) => [row.kind, ...row.cells.map((cell) => cell?.text ?? '.')].join(' '))

describe('rowTexts', () => {
  it('gives each cell text and position', () => {
    const [row] = tableOf('| a | |').children
    expect(rowTexts(row!)).toMatchObject([{text: 'a', position: {start: {line: 1, column: 3}}}, {text: ''}])
  })
})

describe('readTable', () => {
  it('splits two header rows into groups when every row ends in padding columns', () => {
    const table = read([
      '| Party | Candidate | Popular vote | Electoral vote | | | |',
      '| Count | % | Count | % | | | |',
      '| Whig | A. Smith | 20 | 80.00% | 6 | 100.00% | | |',
      '| N/A | Others | 5 | 20.00% | 0 | 0.00% | | |',
      '| Total | 25 | 100.00% | 6 | 100.00% | | | |'
    ].join('\n'))
    expect(table.columns.slice(2, 6).map((column) => [column.group, column.name, column.role])).toEqual([
      ['Popular vote', 'Count', 'votes'], ['Popular vote', '%', 'percent'],
      ['Electoral vote', 'Count', 'electoralVotes'], ['Electoral vote', '%', 'electoralPercent']
    ])
  })

  it('reads rows that all end in the same padding cell as full rows', () => {
    const text = [
      '| Party | Candidate | Votes | Percentage | Electoral votes | |',
      '| Whig | A. Smith | 12,306 | 50.18% | 14 | |',
      '| Tory | B. Jones | 12,217 | 49.82% | 1 | |',
      '| Totals | 24,523 | 100.00% | 15 | | |',
      '| Total valid votes | 24,523 | 98.97% | 15 | | |',
      '| Rejected votes | 254 | 1.03% | 0 | | |',
      '| Total ballots | 24,777 | 100.00% | 15 | | |'
    ].join('\n')
    expect(read(text).columns.map((column) => column.role)).toEqual(['party', 'candidate', 'votes', 'percent', 'electoralVotes', 'empty'])
    expect(rows(text)[0]).toBe('result Whig A. Smith 12,306 50.18% 14 .')
  })

  it('marks a Total row that names a candidate above as a subtotal', () => {
    expect(rows('| Party | Candidate | Votes |\n| Democratic | A. Smith | 4 |\n| Populist | A. Smith | 0 |\n| Total | A. Smith | 4 |\n| Totals | 4 | |').map((row) => row.split(' ')[0]))
      .toEqual(['result', 'result', 'subtotal', 'total'])
  })

  it('reads a one-row header and result rows', () => {
    const table = read('| Candidate | Votes | % |\n| John Kerry | 4,844 | 27.20 |\n| Total | 17,809 | 100% |')
    expect(table).toMatchObject({caption: null, titleRow: false, headerRows: 1})
    expect(table.columns.map((column) => column.role)).toEqual(['candidate', 'votes', 'percent'])
    expect(table.rows.map((row) => row.kind)).toEqual(['result', 'total'])
  })

  it('skips a title row padded with empty cells and takes it as the caption', () => {
    const table = read('| 2004 Virginia primary[1] | | |\n| Candidate | Votes | % |\n| John Kerry | 268,402 | 51.55% |')
    expect(table).toMatchObject({titleRow: true, headerRows: 1, caption: {value: '2004 Virginia primary[1]', kind: 'row'}})
    expect(rows('| T | | |\n| Candidate | Votes | % |\n| John Kerry | 268,402 | 51.55% |')).toEqual(['result John Kerry 268,402 51.55%'])
  })

  it('merges two header rows under a padded first row', () => {
    const table = read('| Candidate | Popular vote | |\n| Count | % | |\n| A. Smith | 120 | 60% |\n| B. Jones | 80 | 40% |')
    expect(table.headerRows).toBe(2)
    expect(table.columns.map((column) => `${column.group ?? ''}/${column.name}/${column.role}`)).toEqual([
      '/Candidate/candidate', 'Popular vote/Count/votes', 'Popular vote/%/percent'
    ])
  })

  it('merges two header rows when the first is shorter than the table', () => {
    const table = read('| Candidate | Popular vote |\n| Count | % |\n| A. Smith | 120 | 60% |\n| B. Jones | 80 | 40% |')
    expect(table.headerRows).toBe(2)
    expect(table.columns.map((column) => column.role)).toEqual(['candidate', 'votes', 'percent'])
  })

  it('reads Total, Totals, Total votes and Total: rows as totals', () => {
    const labels = ['Total', 'Totals', 'Total votes', 'Total:', 'Totals[3]']
    for (const label of labels) {
      expect(read(`| Candidate | Votes |\n| A. Smith | 12 |\n| ${label} | 12 |`).rows[1]?.kind, label).toBe('total')
    }
  })

  it('reads turnout and source rows as footers', () => {
    const kinds = rows('| Candidate | Votes | % |\n| A. Smith | 12 | 100% |\n| Voter turnout | 40% | |\n| Source: State board | | |').map((row) => row.split(' ')[0])
    expect(kinds).toEqual(['result', 'footer', 'footer'])
  })

  it('reads a lone cell with figures or many words as a note, a lone name as a result', () => {
    const kinds = rows('| Candidate | Votes | % |\n| 100% of precincts reporting[8] | | |\n| A. Smith | 12 | 100% |\n| B. Jones | | |').map((row) => row.split(' ')[0])
    expect(kinds).toEqual(['note', 'result', 'result'])
  })

  it('reads a repeat of the header row as a note', () => {
    expect(rows('| Candidate | Votes |\n| A. Smith | 12 |\n| Candidate | Votes |\n| B. Jones | 8 |').map((row) => row.split(' ')[0])).toEqual(
      ['result', 'note', 'result']
    )
  })

  it('moves figures right after a label that spanned two columns', () => {
    const table = read('| Party | Candidate | Votes | % | |\n| Republican | Dwight D. Eisenhower | 90,059 | 51.75% | |\n| Write-in | 651 | 0.37% | | |')
    const writeIn = table.rows[1]
    expect(writeIn).toMatchObject({shift: 1, labelColumn: 0, misfits: 0})
    expect(writeIn?.cells.map((cell) => cell?.text ?? null)).toEqual(['Write-in', null, '651', '0.37%', null])
  })

  it('skips a delegate label`s figure to the delegates column', () => {
    const table = read('| Candidate | Votes | % | Delegates |\n| Mitt Romney | 106,431 | 82.61% | 20 |\n| Unprojected delegates: | 3 | | |')
    expect(table.rows[1]?.cells.map((cell) => cell?.text ?? null)).toEqual(['Unprojected delegates:', null, null, '3'])
  })

  it('counts figures that fit no column as misfits', () => {
    expect(read('| Candidate | Votes |\n| A. Smith | 12 |\n| B. Jones | lots |').rows[1]?.misfits).toBe(1)
  })

  it('places a short row`s cells from the left, leaving the rest empty', () => {
    expect(rows('| Candidate | Votes | % | Delegates |\n| A. Smith | 12 | 60% | 1 |\n| B. Jones | 8 | 40% |')).toEqual([
      'result A. Smith 12 60% 1', 'result B. Jones 8 40% .'
    ])
  })

  it('names columns a `Party` header spanned with its colour swatch', () => {
    const table = read('| Party | Candidate | Votes |\n| | Democratic | John Kerry | 8,296 |\n| | Democratic | Howard Dean | 5,200 |')
    expect(table.columns.map((column) => column.role)).toEqual(['empty', 'party', 'candidate', 'votes'])
  })

  it('drops rows with no text at all', () => {
    expect(read('| Candidate | Votes |\n| | |\n| A. Smith | 12 |').rows).toHaveLength(1)
  })
})

describe('readTable with resultsOnly', () => {
  it('reads no body rows when the columns cannot hold results, and reads them when they can', () => {
    const places = tableOf('| County | Kerry | Edwards |\n| Kent | 120 | 80 |\n| Sussex | 90 | 70 |')
    expect(readTable(places, {resultsOnly: true})).toMatchObject({headerRows: 1, rows: []})
    expect(readTable(places, {resultsOnly: true}).columns).toEqual(readTable(places).columns)
    expect(readTable(places).rows).toHaveLength(2)
    const results = tableOf('| Candidate | Votes |\n| A. Smith | 9 |')
    expect(readTable(results, {resultsOnly: true}).rows).toHaveLength(1)
  })
})

describe('readTable on rows that lost their name cell', () => {
  it('puts their figures back under their columns and leaves the name empty', () => {
    const text = '| Candidate | Votes | % | Delegates | |\n| Uncommitted | 153 | 47.2% | 6 | |\n| 102 | 31.5% | 0 | | |\n| Total | 255 | 100% | 6 |'
    expect(rows(text)).toEqual(['result Uncommitted 153 47.2% 6 .', 'result . 102 31.5% 0 .', 'total Total 255 100% 6 .'])
    expect(read(text).rows.map((row) => row.nameLost)).toEqual([false, true, false])
  })
})
