import type {Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {readTable} from '../../src/extract/read-table.js'
import {reportRowShape} from '../../src/extract/report-row-shape.js'
import {parseArticle} from '../../src/parse/parse-article.js'

/** `[severity, line]` of the row-shape messages of every body row of the table in `text`. */
function shapes(text: string): [string, number | undefined][] {
  const file = new VFile({value: text})
  const table = parseArticle(file).children.find((node): node is Table => node.type === 'table')
  if (!table) throw new Error('no table')
  const read = readTable(table)
  for (const row of read.rows) reportRowShape(row, read, file)
  return file.messages.map((message) => [message.fatal === false ? 'warning' : 'info', message.line])
}

describe('reportRowShape', () => {
  it('says nothing of rows under their own columns', () => {
    expect(shapes('| Candidate | Votes | % |\n| Ann Lee | 60 | 60% |\n| Total | 60 | 100% |\n')).toEqual([])
  })

  it('gives an info for `N/A` spanning the popular vote columns', () => {
    expect(shapes('| Candidate | Count | % | Delegates | |\n| Ann Lee | 60 | 100% | 2 | |\n| Uncommitted | N/A | 1 | | |\n| Total | 60 | 100% | 3 | |\n')).toEqual([['info', 3]])
  })

  it('warns when a figure may have been lost under a spanning label', () => {
    expect(shapes('| Candidate | Votes | % | Delegates |\n| Ann Lee | 60 | 60.00% | 2 |\n| Sam Roy | 40.00% | 1 | |\n| Total | 100 | 100% | 3 |\n')).toEqual([['warning', 3]])
  })
})
