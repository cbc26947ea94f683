import {describe, expect, it} from 'vitest'
import {hasResultColumns} from '../../src/extract/has-result-columns.js'
import type {TableColumn} from '../../src/extract/table-columns.js'

/** Columns of the roles `roles`. */
const columns = (...roles: TableColumn['role'][]): TableColumn[] => roles.map((role) => ({name: role, group: null, role}))

describe('hasResultColumns', () => {
  it('accepts a name or party column with votes, shares or delegates', () => {
    expect(hasResultColumns(columns('candidate', 'votes'))).toBe(true)
    expect(hasResultColumns(columns('party', 'candidate', 'percent'))).toBe(true)
    expect(hasResultColumns(columns('candidate', 'delegates'))).toBe(true)
  })

  it('rejects tables of places, of counts first, and without names or figures', () => {
    expect(hasResultColumns(columns('place', 'candidate', 'votes'))).toBe(false)
    expect(hasResultColumns(columns('votes', 'candidate'))).toBe(false)
    expect(hasResultColumns(columns('other', 'votes'))).toBe(false)
    expect(hasResultColumns(columns('candidate', 'other'))).toBe(false)
  })
})
