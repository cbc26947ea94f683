/**
 * Writing elections as CSV.
 */
import {stringify} from 'csv-stringify/sync'
import {csvColumnNames} from './csv-columns.js'
import {electionList, type Elections} from './election-list.js'
import {eachElectionCsvRecord} from './election-csv-records.js'
import {electionIds} from './election-ids.js'
import {neutralizeFormula} from './neutralize-formula.js'
import {summaryColumnNames, summaryRecord} from './summary-columns.js'
import {toWellFormed} from './to-well-formed.js'

/** What one CSV row stands for: a candidate (the default) or a whole election. */
export type CsvRows = 'candidates' | 'elections'

/** Options of `toCsv`. */
export interface CsvOptions {
  /**
   * Write text cells exactly, without the `'` that keeps spreadsheets from running text
   * such as `=1+1` as a formula (CLI `--csv-raw`). Default `false`.
   */
  raw?: boolean
  /**
   * `candidates` (default): one row per candidate, columns `csvColumnNames`; `elections`:
   * one contest row per election, columns `summaryColumnNames` (CLI `--rows`).
   */
  rows?: CsvRows
}

/** A cell value before casting. */
type Cell = string | number | boolean | null

/**
 * Write elections as CSV: one header, then one row per candidate (an election without
 * candidates keeps one row with empty candidate columns), or with `rows: 'elections'` one
 * contest row per election (`summary`). `election_id` is `summary.electionId`, made unique
 * in the output (`electionIds`).
 *
 * Cells: numbers plain (`9093`, `51.06`), booleans `true` / `false`, null a bare empty cell,
 * the empty string a quoted `""`. Unless `raw`, text starting with `=`, `+`, `-`, `@`, tab,
 * carriage return or `'` gets a leading `'` (see `neutralizeFormula`); numbers never do.
 * Lines end in `\n`, with a final newline; cells holding a line break or `\r` are quoted.
 * A lone surrogate becomes U+FFFD, as it would in any UTF-8 file (JSON and YAML escape it).
 * See docs/csv.md for what CSV does not carry.
 */
export function toCsv(input: Elections, options: CsvOptions = {}): string {
  return [...csvChunks(input, options)].join('')
}

/** Records written by one call of the CSV writer. */
const recordsPerChunk = 256

/**
 * The text of `toCsv`, a few hundred records at a time, so that 100,000 candidates never
 * become one string. Without `header`, the header line is left out (an election appended to
 * a list).
 */
export function* csvChunks(input: Elections, options: CsvOptions = {}, header = true): Generator<string, void, undefined> {
  const elections = electionList(input)
  const ids = electionIds(elections)
  const summary = options.rows === 'elections'
  const columns = summary ? summaryColumnNames : csvColumnNames
  const raw = options.raw === true
  let first = header
  let rows: Cell[][] = []
  const write = () => {
    const text = writeCsv(rows, columns, raw, first)
    first = false
    rows = []
    return text
  }
  for (const [index, election] of elections.entries()) {
    const id = ids[index] ?? ''
    if (summary) {
      const record = summaryRecord(election.summary, id)
      rows.push(summaryColumnNames.map((column): Cell => record[column]))
    } else {
      for (const record of eachElectionCsvRecord(election, id)) {
        rows.push(csvColumnNames.map((column): Cell => record[column]))
        if (rows.length === recordsPerChunk) yield write()
      }
    }
    if (rows.length >= recordsPerChunk) yield write()
  }
  if (rows.length > 0 || first) yield write()
}

/** `rows` (under a header of `columns` when `header`), cells cast as `toCsv` describes. */
function writeCsv(rows: readonly Cell[][], columns: readonly string[], raw: boolean, header: boolean): string {
  const writeText = raw ? toWellFormed : (text: string) => neutralizeFormula(toWellFormed(text))
  return stringify(rows as Cell[][], {
    header,
    columns: [...columns],
    eof: true,
    record_delimiter: 'unix',
    // csv-stringify quotes `\n`, but not a lone `\r`, which readers take as a line end.
    quoted_match: /\r/,
    cast: {
      boolean: (value) => String(value),
      number: (value) => String(value),
      // Quoting `""` is what tells an empty string from null (a bare empty cell).
      string: (value) => (value === '' ? {value, quoted_empty: true} : writeText(value))
    }
  })
}
