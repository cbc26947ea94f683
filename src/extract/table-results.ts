/**
 * Turn the main table's rows into result rows and the Total row.
 */
import type {VFile} from 'vfile'
import type {CandidateResult, Totals} from '../model/election.js'
import {emptyTotals} from '../model/empty-election.js'
import {report} from '../model/report.js'
import {candidateKind} from './candidate-kind.js'
import {cleanName} from './clean-name.js'
import {hasResultColumns} from './has-result-columns.js'
import {delegatePreference, type ColumnRole} from './header-roles.js'
import {isCountTooLarge, isNoFigureWord, isNoValue, parseCount} from './parse-count.js'
import {parseDelegates} from './parse-delegates.js'
import {parsePercent} from './parse-percent.js'
import type {CellText, ReadRow, ReadTable} from './read-table.js'
import {reduceParty} from './reduce-party.js'
import {reportMissingFigures} from './report-missing-figures.js'
import {reportRowShape} from './report-row-shape.js'
import {toSourcePosition} from './to-source-position.js'

/** Result rows and totals read off a table. */
export interface TableResults {
  /** Result rows in table order (`infoboxIndex` and infobox fields still empty). */
  candidates: CandidateResult[]
  /** The legend mark after each candidate's name (`*`, `†`), or null. */
  marks: (string | null)[]
  /** The Total row, all null when there is none. */
  totals: Totals
}

/** Column index of each role the results use, or -1. */
type RoleColumns = Record<'name' | 'party' | 'runningMate' | 'votes' | 'percent' | 'delegates' | 'pledged' | 'unpledged' | 'bound' | 'unbound' | 'electoralVotes', number>

/** Where each value of a result row comes from. */
export function roleColumns(table: ReadTable): RoleColumns {
  const first = (role: ColumnRole) => table.columns.findIndex((column) => column.role === role)
  let delegates = -1
  let preference = 0
  for (const [index, column] of table.columns.entries()) {
    if (column.role !== 'delegates') continue
    const score = column.group !== null ? 3 : delegatePreference(column.name)
    if (score > preference) {
      delegates = index
      preference = score
    }
  }
  let name = first('candidate')
  if (name === -1) name = table.columns.findIndex((column) => column.role === 'other')
  if (name === -1) name = 0
  return {
    name, party: first('party'), runningMate: first('runningMate'), votes: votesColumn(table, delegates),
    percent: first('percent'), delegates, pledged: first('pledged'), unpledged: first('unpledged'),
    bound: first('bound'), unbound: first('unbound'), electoralVotes: first('electoralVotes')
  }
}

/**
 * The votes column: the one named so; else, in a caucus table that counts lower-level
 * delegates instead of ballots (`County delegates | % | National delegates`), the other
 * delegates column that a share column follows.
 */
function votesColumn(table: ReadTable, delegates: number): number {
  const votes = table.columns.findIndex((column) => column.role === 'votes')
  if (votes !== -1) return votes
  return table.columns.findIndex((column, index) =>
    column.role === 'delegates' && index !== delegates && table.columns[index + 1]?.role === 'percent'
  )
}

/** Whether `table` looks like a table of results: names and figures, not places or polls. */
export function isResultsTable(table: ReadTable): boolean {
  return hasResultColumns(table.columns) && table.rows.some((row) => row.kind === 'result')
}

/** Read result rows and the Total row of `table`, reporting cells that are not numbers. */
export function tableResults(table: ReadTable, file: VFile): TableResults {
  const columns = roleColumns(table)
  const breakdown = columns.pledged !== -1 || columns.bound !== -1
  const candidates: CandidateResult[] = []
  const marks: (string | null)[] = []
  const candidateRows: ReadRow[] = []
  let totals: Totals | undefined
  for (const row of table.rows) {
    if (row.kind === 'total') {
      reportRowShape(row, table, file)
      totals ??= readTotals(row, columns, file)
      continue
    }
    if (row.kind !== 'result') continue
    const nameCell = row.nameLost ? null : nameOf(row, columns.name)
    const name = cleanName(nameCell?.text ?? '')
    // A row whose name the scrape lost keeps its figures; the infobox may name it.
    if (name.name === '' && !row.nameLost) continue
    const values = readFigures(row, columns, file)
    // In a table with a delegate breakdown, a row such as `Unprojected delegates:` only
    // accounts for the breakdown; it is kept in `tables` but is no result.
    if (breakdown && values.votes === null && /delegate/i.test(name.name)) {
      report(file, `Expected a result row, got \`${name.name}\`, which only accounts for the delegate breakdown; it is kept in \`tables\` only`, row.node.position, 'row-not-result')
      continue
    }
    reportRowShape(row, table, file)
    candidates.push({
      name: name.name,
      kind: candidateKind(name.name),
      withdrawn: name.withdrawn,
      // A label that stands in the party column with the name cell empty (`| | Write-ins | |`)
      // is the row's name, not its party.
      party: columns.party === -1 || spans(row, columns.party, columns.name) || row.cells[columns.party] === nameCell
        ? null
        : reduceParty(cellText(row, columns.party)),
      runningMate: columns.runningMate === -1 ? null : textOrNull(cellText(row, columns.runningMate)),
      homeState: null,
      color: null,
      votes: values.votes,
      percent: values.percent,
      delegates: values.delegates,
      delegateBreakdown: breakdown
        ? {pledged: values.pledged, unpledged: values.unpledged, bound: values.bound, unbound: values.unbound}
        : null,
      electoralVotes: values.electoralVotes,
      winner: false,
      infoboxIndex: null,
      position: toSourcePosition(row.node.position)
    })
    marks.push(name.mark)
    candidateRows.push(row)
  }
  const read = totals ?? emptyTotals()
  reportMissingFigures(candidateRows, candidates, read, columns, file)
  // Filled only now, so that a Total cell left blank where the other rows have one still warns.
  for (const [at, candidate] of candidates.entries()) {
    const row = candidateRows[at]
    if (row && candidate.delegates === null && candidate.delegateBreakdown) candidate.delegates = breakdownSum(row, columns, candidate.delegateBreakdown)
  }
  return {candidates, marks, totals: read}
}

/**
 * A row's delegates where its Total cell is blank but its breakdown has figures
 * (`| Joe Biden | 6,907 | 80.1% | 13 | | |` under Bound / Unbound / Total): the sum of the parts
 * shown, as the page gives no other count and leaving none would drop the row's delegates.
 */
function breakdownSum(row: ReadRow, columns: RoleColumns, parts: Readonly<Record<'pledged' | 'unpledged' | 'bound' | 'unbound', number | null>>): number | null {
  if (columns.delegates === -1 || (row.cells[columns.delegates]?.text.trim() ?? '') !== '') return null
  const shown = [parts.pledged, parts.unpledged, parts.bound, parts.unbound].filter((part) => part !== null)
  return shown.length === 0 ? null : shown.reduce((sum, part) => sum + part, 0)
}

function readTotals(row: ReadRow, columns: RoleColumns, file: VFile): Totals {
  const values = readFigures(row, columns, file)
  return {
    votes: values.votes,
    percent: values.percent,
    delegates: values.delegates,
    electoralVotes: values.electoralVotes,
    position: toSourcePosition(row.node.position)
  }
}

/** The name cell: the name column, else the label when it spans that column. */
function nameOf(row: ReadRow, column: number): CellText | null {
  const cell = row.cells[column]
  if (cell && cell.text !== '') return cell
  return row.label
}

function readFigures(row: ReadRow, columns: RoleColumns, file: VFile) {
  // Calls, not a closure per role: a table may have 100,000 rows.
  return {
    votes: figure(row, columns.votes, 'votes', file, parseCount),
    percent: figure(row, columns.percent, 'percent', file, parsePercent),
    delegates: figure(row, columns.delegates, 'delegates', file, parseDelegates),
    pledged: figure(row, columns.pledged, 'pledged', file, parseDelegates),
    unpledged: figure(row, columns.unpledged, 'unpledged', file, parseDelegates),
    bound: figure(row, columns.bound, 'bound', file, parseDelegates),
    unbound: figure(row, columns.unbound, 'unbound', file, parseDelegates),
    electoralVotes: figure(row, columns.electoralVotes, 'electoralVotes', file, parseCount)
  }
}

/** Human names of the figures, for messages. */
const figureNames: Readonly<Record<string, string>> = {
  votes: 'votes', percent: 'a percentage', delegates: 'delegates', pledged: 'pledged delegates',
  unpledged: 'unpledged delegates', bound: 'bound delegates', unbound: 'unbound delegates',
  electoralVotes: 'electoral votes'
}

function figure(row: ReadRow, column: number, role: string, file: VFile, parse: (text: string) => number | null): number | null {
  if (column === -1) return null
  const cell = row.cells[column]
  if (!cell) return null
  if (isNoValue(cell.text)) {
    // `Unopposed` in a one-candidate contest, `N/A` where a label's span hid the count.
    if (isNoFigureWord(cell.text) || (role === 'votes' && cell.text.trim() !== '')) {
      report(file, `Expected ${figureNames[role] ?? role} to be a number, got \`${cell.text.trim()}\`; it is read as none`, cell.position, 'figure-is-text')
    }
    return null
  }
  const value = parse(cell.text)
  if (value === null) {
    const what = figureNames[role] ?? role
    const reason = isCountTooLarge(cell.text)
      ? `Expected ${what} of at most \`${Number.MAX_SAFE_INTEGER}\`, which a number holds exactly, got \`${cell.text}\``
      : `Expected ${what} to be a number, got \`${cell.text}\``
    report(file, reason, cell.position, 'number-not-parsed')
  }
  return value
}

/** Whether the row's label spans both columns (`Write-in` over Party and Candidate). */
function spans(row: ReadRow, first: number, second: number): boolean {
  const end = row.labelColumn + row.shift
  return row.shift > 0 && row.spanAt === row.labelColumn && first >= row.labelColumn && first <= end && second >= row.labelColumn && second <= end
}

function cellText(row: ReadRow, column: number): string {
  return row.cells[column]?.text ?? ''
}

function textOrNull(text: string): string | null {
  const value = text.trim()
  return value === '' || isNoValue(value) ? null : value
}
