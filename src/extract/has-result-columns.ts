/**
 * Whether a table's columns can hold results, before its rows are read.
 */
import type {TableColumn} from './table-columns.js'

/**
 * Whether `columns` name results: a candidate or party column and a column of votes, shares
 * or delegates, the first column being no place (a table by county) or count.
 *
 *     | Candidate | Votes | % |          <- yes
 *     | County | Kerry | Edwards |       <- no
 */
export function hasResultColumns(columns: readonly TableColumn[]): boolean {
  const roles = new Set(columns.map((column) => column.role))
  if (columns[0]?.role === 'place' || columns[0]?.role === 'votes') return false
  const hasFigures = roles.has('votes') || roles.has('percent') || roles.has('delegates')
  return hasFigures && (roles.has('candidate') || roles.has('party'))
}
