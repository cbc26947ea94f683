import {describe, expect, it} from 'vitest'
import {cellKind} from '../../src/extract/cell-kind.js'
import {lostNameCell, restoreNameCell} from '../../src/extract/lost-name-cell.js'

/** Cells from their texts. */
const cells = (...texts: string[]) => texts.map((text) => ({text, position: undefined, kind: cellKind(text)}))

describe('lostNameCell', () => {
  it('sees a row of figures under the names that ends in padding', () => {
    expect(lostNameCell(cells('102', '31.5%', '0', '', ''), 0, 5)).toBe(true)
  })

  it('sees a short row of figures under the names', () => {
    expect(lostNameCell(cells('102', '31.5%'), 0, 3)).toBe(true)
  })

  it('leaves a row with a name, a Total row and a full row alone', () => {
    expect(lostNameCell(cells('Uncommitted', '153', '47.2%', '6', ''), 0, 5)).toBe(false)
    expect(lostNameCell(cells('Total', '324', '100%', ''), 0, 4)).toBe(false)
    expect(lostNameCell(cells('102', '31.5%', '0'), 0, 3)).toBe(false)
  })

  it('leaves a figure that is not under the names alone', () => {
    expect(lostNameCell(cells('', '102', '31.5%', ''), 0, 4)).toBe(false)
    expect(lostNameCell(cells('102', '31.5%', ''), -1, 3)).toBe(false)
  })
})

describe('restoreNameCell', () => {
  it('puts an empty cell back before the figures and drops one padding cell', () => {
    expect(restoreNameCell(cells('102', '31.5%', '0', '', '')).map((cell) => cell.text)).toEqual(['', '102', '31.5%', '0', ''])
  })

  it('grows a short row by the cell it lost', () => {
    expect(restoreNameCell(cells('102', '31.5%')).map((cell) => cell.text)).toEqual(['', '102', '31.5%'])
  })
})
