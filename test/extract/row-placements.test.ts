import {describe, expect, it} from 'vitest'
import {cellKind} from '../../src/extract/cell-kind.js'
import type {CellText} from '../../src/extract/read-row.js'
import {rowPlacements, trailingEmpty} from '../../src/extract/row-placements.js'
import type {TableColumn} from '../../src/extract/table-columns.js'

const cells = (...texts: string[]): CellText[] => texts.map((text) => ({text, position: undefined, kind: cellKind(text)}))
const columns: TableColumn[] = [
  {name: 'Candidate', group: null, role: 'candidate'},
  {name: 'Count', group: null, role: 'votes'},
  {name: 'Percentage', group: null, role: 'percent'},
  {name: 'Pledged', group: null, role: 'pledged'},
  {name: 'Unpledged', group: null, role: 'unpledged'}
]

describe('rowPlacements', () => {
  it('counts the empty cells that pad a row', () => {
    expect(trailingEmpty(cells('Uncommitted', 'N/A', '0', '2', ''))).toBe(1)
  })

  it('gives a full row one placement, as written', () => {
    const placements = rowPlacements(cells('Ann Lee', '253', '71.47%', '13', '1'), 0, columns)
    expect(placements.map((placement) => [placement.spanAt, placement.shift, placement.misfits])).toEqual([[-1, 0, 0]])
  })

  it('tries every cell that may have spanned, the label and `N/A` among them', () => {
    const placements = rowPlacements(cells('Uncommitted', 'N/A', '0', '2', ''), 0, columns)
    expect(placements.map((placement) => [placement.spanAt, placement.spanning])).toEqual([[-1, 'none'], [0, 'label'], [1, 'no-value'], [2, 'other']])
    const spanningNa = placements[2]
    expect(spanningNa?.cells.map((cell) => cell?.text ?? null)).toEqual(['Uncommitted', 'N/A', null, '0', '2'])
  })

  it('counts a whole number under a column of shares as a misfit', () => {
    const kinds = ['text', 'count', 'percent', 'count', 'count'] as const
    const [asWritten] = rowPlacements(cells('Uncommitted', 'N/A', '0', '2', ''), 0, columns, kinds)
    expect(asWritten?.misfits).toBe(1)
  })
})
