import {describe, expect, it} from 'vitest'
import {alignColumns, fitScore, mergeHeaderRows, type TableColumn} from '../../src/extract/table-columns.js'

/** `name/role` of each column, `group > name/role` under a group. */
const show = (columns: readonly TableColumn[]) =>
  columns.map((column) => `${column.group === null ? '' : column.group + ' > '}${column.name}/${column.role}`)

describe('mergeHeaderRows', () => {
  it('keeps a one-row header as it is', () => {
    expect(show(mergeHeaderRows(['Candidate', 'Votes', '%'], [], 3))).toEqual(['Candidate/candidate', 'Votes/votes', '%/percent'])
  })

  it('gives each spanning group its sub-names: `Popular vote` and `Electoral vote` over `Count, %`', () => {
    const columns = mergeHeaderRows(['Party', 'Candidate', 'Running mate', 'Popular vote', 'Electoral vote'], ['Count', '%', 'Count', '%'], 7)
    expect(show(columns)).toEqual([
      'Party/party', 'Candidate/candidate', 'Running mate/runningMate',
      'Popular vote > Count/votes', 'Popular vote > %/percent',
      'Electoral vote > Count/electoralVotes', 'Electoral vote > %/electoralPercent'
    ])
  })

  it('starts a new group where the kind changes from measures to a delegate breakdown', () => {
    const columns = mergeHeaderRows(['Candidate', 'District delegates', 'State delegates'], ['Count', 'Percentage', 'Pledged', 'Unpledged', 'Total'], 6)
    expect(show(columns)).toEqual([
      'Candidate/candidate',
      'District delegates > Count/votes', 'District delegates > Percentage/percent',
      'State delegates > Pledged/pledged', 'State delegates > Unpledged/unpledged', 'State delegates > Total/delegates'
    ])
  })

  it('never takes a `Total` header that spans both rows as a group', () => {
    const columns = mergeHeaderRows(['County', 'Kerry', 'Edwards', 'Total votes cast'], ['#', '%', '#', '%'], 6)
    expect(show(columns)).toEqual(['County/place', 'Kerry > #/votes', 'Kerry > %/percent', 'Edwards > #/votes', 'Edwards > %/percent', 'Total votes cast/votes'])
  })

  it('splits sub-names evenly when they do not fall into groups by themselves', () => {
    const columns = mergeHeaderRows(['Candidate', 'First round', 'Second round'], ['Votes', 'Share', 'Seats', 'Notes'], 5)
    expect(show(columns).slice(1)).toEqual([
      'First round > Votes/votes', 'First round > Share/percent', 'Second round > Seats/other', 'Second round > Notes/other'
    ])
  })
})

describe('alignColumns', () => {
  const named = (...names: [string, TableColumn['role']][]) => names.map(([name, role]): TableColumn => ({name, group: null, role}))

  it('keeps names that fill the row', () => {
    const columns = named(['Candidate', 'candidate'], ['Votes', 'votes'])
    expect(alignColumns(columns, ['text', 'count'])).toEqual(columns)
  })

  it('cuts names past the widest row', () => {
    expect(alignColumns(named(['Candidate', 'candidate'], ['Votes', 'votes']), ['text'])).toHaveLength(1)
  })

  it('moves names right of a colour column the header spanned (`Party` over swatch and name)', () => {
    const columns = alignColumns(named(['Party', 'party'], ['Candidate', 'candidate'], ['Votes', 'votes'], ['Percentage', 'percent'], ['Delegates', 'delegates']), [
      'empty', 'text', 'text', 'count', 'percent', 'count'
    ])
    expect(columns.map((column) => column.name)).toEqual(['', 'Party', 'Candidate', 'Votes', 'Percentage', 'Delegates'])
  })

  it('leaves an empty trailing column unnamed', () => {
    const columns = alignColumns(named(['Candidate', 'candidate'], ['Votes', 'votes']), ['text', 'count', 'empty'])
    expect(columns.map((column) => [column.name, column.role])).toEqual([['Candidate', 'candidate'], ['Votes', 'votes'], ['', 'empty']])
  })

  it('reads an unnamed column of percentages after a votes column as its % (`Popular Vote (PV)` spanned both)', () => {
    const columns = alignColumns(named(['Candidate', 'candidate'], ['Popular Vote (PV)', 'votes'], ['', 'empty']), ['text', 'count', 'percent'])
    expect(columns.map((column) => [column.name, column.role])).toEqual([
      ['Candidate', 'candidate'], ['Popular Vote (PV)', 'votes'], ['Popular Vote (PV)', 'percent']
    ])
  })

  it('leaves an unnamed column of counts after a votes column alone', () => {
    const columns = alignColumns(named(['Candidate', 'candidate'], ['Votes', 'votes'], ['', 'empty']), ['text', 'count', 'count'])
    expect(columns.map((column) => column.role)).toEqual(['candidate', 'votes', 'empty'])
  })

  it('keeps names as far left as they fit on a tie', () => {
    const columns = alignColumns(named(['Candidate', 'candidate'], ['Notes', 'other']), ['text', 'text', 'text'])
    expect(columns.map((column) => column.name)).toEqual(['Candidate', 'Notes', ''])
  })
})

describe('fitScore', () => {
  it('fits words under name columns and figures under figure columns', () => {
    expect(fitScore('candidate', 'text')).toBeGreaterThan(0)
    expect(fitScore('candidate', 'count')).toBeLessThan(0)
    expect(fitScore('votes', 'count')).toBeGreaterThan(0)
    expect(fitScore('votes', 'percent')).toBeLessThan(0)
    expect(fitScore('percent', 'decimal')).toBeGreaterThan(0)
  })

  it('fits empty cells anywhere without cost', () => {
    expect(fitScore('votes', 'empty')).toBe(0)
    expect(fitScore('empty', 'empty')).toBeGreaterThan(0)
  })
})
