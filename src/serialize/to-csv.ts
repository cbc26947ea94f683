/**
 * Writing elections as CSV.
 */
import {stringify} from 'csv-stringify/sync'
import {csvColumnNames} from './csv-columns.js'
import {electionList, type Elections} from './election-list.js'
import {electionCsvRecords} from './election-csv-records.js'
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
  const elections = electionList(input)
  const ids = electionIds(elections)
  if (options.rows === 'elections') {
    const rows = elections.map((election, index) => {
      const record = summaryRecord(election.summary, ids[index] ?? '')
      return summaryColumnNames.map((column): Cell => record[column])
    })
    return writeCsv(rows, summaryColumnNames, options.raw === true)
  }
  const rows = elections.flatMap((election, index) =>
    electionCsvRecords(election, ids[index] ?? '').map((record) =>
      csvColumnNames.map((column): Cell => record[column])
    )
  )
  return writeCsv(rows, csvColumnNames, options.raw === true)
}

/** `rows` under a header of `columns`, cells cast as `toCsv` describes. */
function writeCsv(rows: readonly Cell[][], columns: readonly string[], raw: boolean): string {
  const writeText = raw ? toWellFormed : (text: string) => neutralizeFormula(toWellFormed(text))
  return stringify(rows as Cell[][], {
    header: true,
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
