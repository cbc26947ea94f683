/**
 * Name the columns of a scraped table: merge two header rows and align the names with the
 * columns the data rows fill.
 */
import type {CellKind} from './cell-kind.js'
import {roleOf, type ColumnRole} from './header-roles.js'

/** A column of a read table. */
export interface TableColumn {
  /** Header text (the sub-header under a spanning group), `''` when unnamed. */
  name: string
  /** The spanning group's text over a two-row header, else null. */
  group: string | null
  /** What the column holds. */
  role: ColumnRole
}

/** Sub-header names that break delegates down rather than measure votes. */
const breakdownNames: ReadonlySet<string> = new Set(['pledged', 'unpledged', 'bound', 'unbound', 'total', 'superdelegates'])

/** Header names that are totals and so span both header rows, never a group. */
const totalHeader = /^total\b/i

/** Most group placements tried when the data decide which header cells are groups. */
const maxPlacements = 256

/**
 * Most header names times data columns searched for the best fit (real tables have tens of
 * columns); past it names are placed as written, left to right, so time stays linear.
 */
const maxAlignmentCells = 1_000_000

/**
 * Merge a two-row header: spanning group cells of the first row get the second row's names.
 *
 * With `width` columns, `first` names and `second` sub-names, `width - second` first-row
 * cells span both rows and the rest are groups. Which cells are groups is decided by how well
 * the merged names fit the data column `kinds` (when given); on a tie, and without kinds, the
 * groups are the last cells that are not totals. Sub-names start a new group when a name
 * repeats (`Count, %, Count, %`) or the kind changes from measures to a delegate breakdown.
 */
export function mergeHeaderRows(first: readonly string[], second: readonly string[], width: number, kinds?: readonly CellKind[]): TableColumn[] {
  const rowspan = Math.max(0, width - second.length)
  const groupCount = Math.max(0, first.length - rowspan)
  if (groupCount === 0) return first.map((name) => column(name, null))
  const candidates = first.map((name, at) => ({name, at})).filter((entry) => !totalHeader.test(entry.name)).map((entry) => entry.at)
  const parts = splitGroups(second, groupCount)
  // Placements repeat the same names under the same groups: read each pair's role once.
  const columns = new Map<string, TableColumn>()
  const columnOf = (name: string, group: string | null): TableColumn => {
    const key = `${group ?? ''}\n${group === null ? 0 : 1}\n${name}`
    let found = columns.get(key)
    if (!found) {
      found = column(name, group)
      columns.set(key, found)
    }
    return found
  }
  const merge = (groupAt: ReadonlySet<number>) => mergeGroups(first, groupAt, parts, columnOf)
  let best = merge(new Set(candidates.slice(-groupCount)))
  if (!kinds || first.length * kinds.length > maxAlignmentCells) return best
  let bestScore = alignment(best, kinds).score
  for (const groups of placements(candidates, groupCount)) {
    const merged = merge(new Set(groups))
    const score = alignment(merged, kinds).score
    if (score > bestScore) {
      best = merged
      bestScore = score
    }
  }
  return best
}

/** Up to {@link maxPlacements} ways to choose `count` of `items`, keeping their order. */
function placements(items: readonly number[], count: number): number[][] {
  const found: number[][] = []
  const choose = (start: number, chosen: number[]): void => {
    if (found.length >= maxPlacements) return
    if (chosen.length === count) {
      found.push(chosen)
      return
    }
    for (let at = start; at <= items.length - (count - chosen.length); at++) choose(at + 1, [...chosen, items[at] as number])
  }
  choose(0, [])
  return found
}

function mergeGroups(
  first: readonly string[],
  groupAt: ReadonlySet<number>,
  parts: readonly string[][],
  columnOf: (name: string, group: string | null) => TableColumn
): TableColumn[] {
  const columns: TableColumn[] = []
  let part = 0
  for (const [at, name] of first.entries()) {
    if (!groupAt.has(at)) {
      columns.push(columnOf(name, null))
      continue
    }
    for (const sub of parts[part] ?? []) columns.push(columnOf(sub, name))
    part++
  }
  return columns
}

function splitGroups(names: readonly string[], count: number): string[][] {
  const groups: string[][] = []
  let current: string[] = []
  for (const name of names) {
    const lower = name.toLowerCase()
    const previous = current.at(-1)
    const kindChanges = previous !== undefined && breakdownNames.has(previous.toLowerCase()) !== breakdownNames.has(lower)
    if (current.length > 0 && (current.some((seen) => seen.toLowerCase() === lower) || kindChanges)) {
      groups.push(current)
      current = []
    }
    current.push(name)
  }
  if (current.length > 0) groups.push(current)
  if (groups.length === count) return groups
  // Fall back to even parts, the remainder to the last group.
  const size = Math.max(1, Math.floor(names.length / count))
  return Array.from({length: count}, (_, at) =>
    names.slice(at * size, at === count - 1 ? names.length : (at + 1) * size)
  )
}

/** The unnamed column over data of `kind`; shared, as a table may have a million. */
function unnamedColumn(kind: CellKind): TableColumn {
  return kind === 'empty' ? unnamedEmpty : unnamedOther
}

/** An unnamed column over empty cells. */
const unnamedEmpty: TableColumn = Object.freeze({name: '', group: null, role: 'empty'})

/** An unnamed column over figures or words. */
const unnamedOther: TableColumn = Object.freeze({name: '', group: null, role: 'other'})

/**
 * Place `columns` (named in header order) over `kinds.length` data columns whose dominant
 * cell kinds are `kinds`, best fit first, leftmost on ties. Unplaced data columns get an
 * unnamed column. Scraped headers lose the span of a cell (`Party` over a colour swatch and
 * the party name), so names can sit left of their data.
 */
export function alignColumns(columns: readonly TableColumn[], kinds: readonly CellKind[]): TableColumn[] {
  return withSpannedPercent(alignment(columns, kinds).placed, kinds)
}

/**
 * `placed` with each unnamed column of percentages right after a votes column read as that
 * column's percentage: a one-row header's `Popular Vote (PV)` spans the count and the %, and the
 * scrape leaves the % column's header cell empty, so its figures were otherwise dropped.
 */
function withSpannedPercent(placed: TableColumn[], kinds: readonly CellKind[]): TableColumn[] {
  for (let at = 1; at < placed.length; at++) {
    const column = placed[at] as TableColumn
    const before = placed[at - 1] as TableColumn
    if (column.name === '' && column.role !== 'percent' && before.role === 'votes' && kinds[at] === 'percent') {
      placed[at] = {name: before.name, group: before.group, role: 'percent'}
    }
  }
  return placed
}

/** The best placement of `columns` over data `kinds`, and its fit score. */
function alignment(columns: readonly TableColumn[], kinds: readonly CellKind[]): {placed: TableColumn[]; score: number} {
  const width = kinds.length
  if (columns.length >= width) {
    const placed = columns.slice(0, width)
    return {placed, score: placed.reduce((sum, column, at) => sum + fitScore(column.role, kinds[at] ?? 'empty'), 0)}
  }
  const names = columns.length
  if (names * width > maxAlignmentCells) {
    const placed = kinds.map((kind, at): TableColumn => columns[at] ?? unnamedColumn(kind))
    return {placed, score: placed.reduce((sum, column, at) => sum + fitScore(column.role, kinds[at] ?? 'empty'), 0)}
  }
  // best[i][j]: best score placing the first i names over the first j columns.
  const best: number[][] = Array.from({length: names + 1}, () => new Array<number>(width + 1).fill(-Infinity))
  const firstRow = best[0] as number[]
  firstRow[0] = 0
  for (let j = 1; j <= width; j++) firstRow[j] = (firstRow[j - 1] ?? 0) + unnamedScore(kinds[j - 1] ?? 'empty')
  for (let i = 1; i <= names; i++) {
    const row = best[i] as number[]
    const previous = best[i - 1] as number[]
    for (let j = i; j <= width; j++) {
      const skip = (row[j - 1] ?? -Infinity) + unnamedScore(kinds[j - 1] ?? 'empty')
      const take = (previous[j - 1] ?? -Infinity) + fitScore((columns[i - 1] as TableColumn).role, kinds[j - 1] ?? 'empty')
      row[j] = Math.max(skip, take)
    }
  }
  const placed: TableColumn[] = new Array<TableColumn>(width)
  let i = names
  for (let j = width; j > 0; j--) {
    const row = best[i] as number[]
    const column = i > 0 ? columns[i - 1] : undefined
    const kind = kinds[j - 1] ?? 'empty'
    const take = column ? (best[i - 1]?.[j - 1] ?? -Infinity) + fitScore(column.role, kind) : -Infinity
    const skip = (row[j - 1] ?? -Infinity) + unnamedScore(kind)
    // Walking from the right, skipping on a tie keeps the names as far left as they fit.
    if (column && take === row[j] && skip !== row[j]) {
      placed[j - 1] = column
      i--
    } else {
      placed[j - 1] = unnamedColumn(kinds[j - 1] ?? 'empty')
    }
  }
  return {placed, score: best[names]?.[width] ?? -Infinity}
}

/** How well a column of `role` fits data of `kind`. */
export function fitScore(role: ColumnRole, kind: CellKind): number {
  if (kind === 'empty') return role === 'empty' ? 1 : 0
  switch (role) {
    case 'candidate':
    case 'party':
    case 'runningMate':
    case 'place':
      return kind === 'text' ? 2 : -2
    case 'percent':
    case 'electoralPercent':
      return kind === 'percent' || kind === 'decimal' ? 2 : kind === 'count' ? 0 : -2
    case 'delegates':
    case 'pledged':
    case 'unpledged':
    case 'bound':
    case 'unbound':
      // Parties split delegates: `2.5` fits, though less well than under a percentage.
      return kind === 'count' ? 2 : kind === 'decimal' ? 1 : -2
    case 'other':
      return 0.5
    case 'empty':
      return -1
    default:
      return kind === 'count' ? 2 : -2
  }
}

function unnamedScore(kind: CellKind): number {
  return kind === 'empty' ? 0.5 : -1
}

function column(name: string, group: string | null): TableColumn {
  return {name, group, role: roleOf(name, group)}
}
