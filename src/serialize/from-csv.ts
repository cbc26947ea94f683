/**
 * Reading elections back from CSV.
 */
import {parse} from 'csv-parse/sync'
import type {CandidateResult, Election} from '../model/election.js'
import {candidateFromCsvRecord} from './candidate-from-csv-record.js'
import {csvColumnNames, csvColumns, csvElectionColumns, type CsvColumn, type CsvRecord} from './csv-columns.js'
import {describeValue} from './describe-value.js'
import {electionFromCsvRecord} from './election-from-csv-record.js'
import {ElectionReadError, type ReadProblem} from './election-read-error.js'
import {readCsvCell, type RawCsvCell} from './read-csv-cell.js'
import type {CsvOptions} from './to-csv.js'
import {narrowElections} from './narrow-elections.js'
import {quotedFields} from './quoted-fields.js'

/** A data row: its number in the file (the header is row 1) and its typed cells. */
interface NumberedRecord {
  row: number
  record: CsvRecord
}

/**
 * Read the output of `toCsv` back into elections. Consecutive rows with the same
 * `election_id` form one election; a row with an empty `candidate` cell is an election
 * without candidates.
 *
 * Only `number`, `integer` and `boolean` columns are cast, so text such as `0123` stays
 * text; a bare empty cell is null and `""` the empty string. Unless `raw` (which must match
 * how the file was written), one leading `'` is dropped from text cells. Columns are found
 * by header name; unknown columns are ignored. What CSV does not carry comes back empty
 * (docs/csv.md).
 *
 * Throws an `ElectionReadError` naming the row and column of each bad cell
 * (`row 3, votes: expected integer, got "many"`).
 */
export function fromCsv(text: string, options: CsvOptions = {}): Election[] {
  const [header, ...rows] = parseCells(text)
  if (header === undefined) return []
  const indexes = columnIndexes(header)
  const problems: ReadProblem[] = [...indexes.problems]
  if (problems.length > 0) throw new ElectionReadError('CSV', problems)
  const records = rows.map((cells, index) => {
    const row = index + 2
    const result = typedRecord(cells, indexes.columns, options.raw === true, row)
    problems.push(...result.problems)
    return {row, record: result.record}
  })
  if (problems.length > 0) throw new ElectionReadError('CSV', problems)
  const elections: Election[] = []
  for (const group of groupByElection(records)) {
    const election = electionOfGroup(group)
    if (Array.isArray(election)) problems.push(...election)
    else elections.push(election)
  }
  if (problems.length > 0) throw new ElectionReadError('CSV', problems)
  return narrowElections(elections, 'CSV')
}

/** Parse CSV text into rows of raw cells, turning a syntax error into an `ElectionReadError`. */
function parseCells(text: string): RawCsvCell[][] {
  try {
    const records: unknown = parse(text, {bom: true, skip_empty_lines: true, raw: true})
    return (records as Array<{record: string[]; raw: string}>).map(({record, raw}) => {
      // Only a record with a quote has quoted fields to find.
      const quoted = raw.includes('"') ? quotedFields(raw) : []
      return record.map((cell, at) => ({text: cell, quoted: quoted[at] ?? false}))
    })
  } catch (error) {
    throw new ElectionReadError('CSV', [{path: '', reason: error instanceof Error ? error.message : String(error)}])
  }
}

/** Where each known column is in the header, or what is wrong with the header. */
function columnIndexes(header: readonly RawCsvCell[]): {columns: Map<CsvColumn, number>; problems: ReadProblem[]} {
  // One pass over the header: searching it once per known column took seconds on 400,000 columns.
  const first = new Map<string, number>()
  const repeated = new Set<string>()
  for (const [index, cell] of header.entries()) {
    if (first.has(cell.text)) repeated.add(cell.text)
    else first.set(cell.text, index)
  }
  const columns = new Map<CsvColumn, number>()
  const problems: ReadProblem[] = []
  for (const column of csvColumnNames) {
    const index = first.get(column)
    if (index === undefined) problems.push({path: 'header', reason: `expected a \`${column}\` column, got none`})
    else if (repeated.has(column)) problems.push({path: 'header', reason: `expected one \`${column}\` column, got several`})
    else columns.set(column, index)
  }
  return {columns, problems}
}

/** The typed cells of one row, with a problem per cell that does not fit its column. */
function typedRecord(
  cells: readonly RawCsvCell[],
  columns: ReadonlyMap<CsvColumn, number>,
  raw: boolean,
  row: number
): {record: CsvRecord; problems: ReadProblem[]} {
  const values: Partial<Record<CsvColumn, CsvRecord[CsvColumn]>> = {}
  const problems: ReadProblem[] = []
  for (const column of csvColumnNames) {
    const cell = cells[columns.get(column) ?? -1] ?? {text: '', quoted: false}
    const result = readCsvCell(cell, csvColumns[column], raw)
    if (result.ok) values[column] = result.value
    else problems.push({path: `row ${row}, ${column}`, reason: result.reason})
  }
  // Every column was just set, or a problem keeps the record from being used.
  return {record: values as CsvRecord, problems}
}

/** Runs of consecutive records with the same `election_id`. */
function groupByElection(records: readonly NumberedRecord[]): Array<[NumberedRecord, ...NumberedRecord[]]> {
  const groups: Array<[NumberedRecord, ...NumberedRecord[]]> = []
  for (const record of records) {
    const last = groups.at(-1)
    if (last !== undefined && last[0].record.election_id === record.record.election_id) last.push(record)
    else groups.push([record])
  }
  return groups
}

/** The election of one group of rows, or why it cannot be built. */
function electionOfGroup(group: readonly [NumberedRecord, ...NumberedRecord[]]): Election | ReadProblem[] {
  const [first] = group
  const problems: ReadProblem[] = []
  const candidates: CandidateResult[] = []
  for (const {row, record} of group) {
    for (const column of csvElectionColumns) {
      if (!Object.is(record[column], first.record[column])) {
        problems.push({path: `row ${row}, ${column}`, reason: `expected the value of row ${first.row} (same election_id), got ${describeValue(record[column] ?? undefined)}`})
      }
    }
    if (record.candidate === null) {
      if (group.length > 1) problems.push({path: `row ${row}, candidate`, reason: 'expected a name in an election with several rows, got nothing'})
      continue
    }
    const candidate = candidateFromCsvRecord(record, row)
    if (Array.isArray(candidate)) problems.push(...candidate)
    else candidates.push(candidate)
  }
  if (problems.length > 0) return problems
  return electionFromCsvRecord(first.record, candidates, first.row)
}
