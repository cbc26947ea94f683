import type {Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {readTable} from '../../src/extract/read-table.js'
import {parseArticle} from '../../src/parse/parse-article.js'

/** The cells of each body row of the table in `text`, as placed. */
function placed(text: string): (string | null)[][] {
  const tree = parseArticle(new VFile({value: text}))
  const table = tree.children.find((node): node is Table => node.type === 'table')
  if (!table) throw new Error('no table')
  return readTable(table).rows.map((row) => row.cells.map((cell) => cell?.text ?? null))
}

describe('placeByEvidence', () => {
  it('puts a padded figure under the column whose sum the Total row proves', () => {
    const rows = placed('| Candidate | Votes | Delegates | Superdelegates |\n| Ann Lee | 10 | 2 | 3 |\n| Sam Roy | 8 | 2 | 1 |\n| Uncommitted | 2 | | |\n| Total | 18 | 6 | 4 |\n')
    expect(rows[2]).toEqual(['Uncommitted', null, '2', null])
  })

  it('keeps a row as written when nothing contradicts it', () => {
    const rows = placed('| Candidate | Votes | Delegates |\n| Ann Lee | 10 | 2 |\n| Uncommitted | 2 | |\n| Total | 12 | 2 |\n')
    expect(rows[1]).toEqual(['Uncommitted', '2', null])
  })

  it('places a shifted Total row by the sums of the rows', () => {
    const rows = placed('| Party | Candidate | Votes | % |\n| Whig | Ann Lee | 60 | 60% |\n| Tory | Sam Roy | 40 | 40% |\n| Total | 100 | 100% | |\n')
    expect(rows[2]).toEqual(['Total', null, '100', '100%'])
  })

  it('leaves out the figures two placements fit equally', () => {
    const rows = placed('| Candidate | Votes | Delegates | Superdelegates |\n| Ann Lee | 10 | 2 | 3 |\n| Sam Roy | 8 | 2 | 1 |\n| Uncommitted | 2 | | |\n| Total | 18 | 6 | 6 |\n')
    expect(rows[2]).toEqual(['Uncommitted', null, null, null])
  })
})
