import type {TableRow} from 'mdast'
import {describe, expect, it} from 'vitest'
import {cellKind} from '../../src/extract/cell-kind.js'
import {isSpecialLabel, isTotalLabel, readRow, trailingEmpty, type CellText} from '../../src/extract/read-row.js'
import type {TableColumn} from '../../src/extract/table-columns.js'

const cells = (...texts: string[]): CellText[] => texts.map((text) => ({text, position: undefined, kind: cellKind(text)}))
const node: TableRow = {type: 'tableRow', children: []}
const columns: TableColumn[] = [
  {name: 'Party', group: null, role: 'party'},
  {name: 'Candidate', group: null, role: 'candidate'},
  {name: 'Votes', group: null, role: 'votes'},
  {name: '%', group: null, role: 'percent'}
]

describe('read-row', () => {
  it('tells Total and footer labels', () => {
    expect([isTotalLabel('Totals:'), isTotalLabel('Total votes[1]'), isTotalLabel('Totally')]).toEqual([true, true, false])
    expect([isSpecialLabel('Voter turnout'), isSpecialLabel('Republican hold'), isSpecialLabel('Ann Lee')]).toEqual([true, true, false])
    expect([isSpecialLabel('Democratic gain from Republican'), isSpecialLabel('Needed to win'), isSpecialLabel('Electoral votes needed to win')]).toEqual([true, true, true])
  })

  it('counts the empty cells that end a row', () => {
    expect(trailingEmpty(cells('Write-in', '651', '0.37%', '', ''))).toBe(2)
    expect(trailingEmpty(cells('a', '', 'b'))).toBe(0)
  })

  it('puts a full row under its own columns', () => {
    const row = readRow(cells('Whig', 'Ann Lee', '6,271', '51.20%'), node, columns)
    expect([row.kind, row.shift, row.cells.map((cell) => cell?.text ?? null)]).toEqual(['result', 0, ['Whig', 'Ann Lee', '6,271', '51.20%']])
  })

  it('moves the figures of a label that spanned Party and Candidate back under Votes and %', () => {
    const row = readRow(cells('Write-in', '651', '0.37%', ''), node, columns)
    expect([row.shift, row.misfits, row.cells.map((cell) => cell?.text ?? null)]).toEqual([1, 0, ['Write-in', null, '651', '0.37%']])
  })

  it('reads a lone sentence as a note, not a candidate', () => {
    expect(readRow(cells('100% of precincts reporting', '', '', ''), node, columns).kind).toBe('note')
    expect(readRow(cells('Total', '12,247', '100%', ''), node, columns).kind).toBe('total')
  })
})
