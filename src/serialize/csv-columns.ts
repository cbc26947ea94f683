/**
 * The columns of the CSV output, in order, with the type of their cells.
 *
 * The first eighteen are a published contract; new columns go at the end.
 */

/** Column name -> cell type. Only `number`, `integer` and `boolean` cells are cast on read. */
export const csvColumns = {
  election_id: 'text',
  title: 'text',
  date: 'text',
  year: 'integer',
  stage: 'text',
  jurisdiction: 'text',
  jurisdiction_code: 'text',
  party: 'text',
  candidate: 'text',
  kind: 'text',
  withdrawn: 'boolean',
  votes: 'integer',
  percent: 'number',
  delegates: 'number',
  winner: 'boolean',
  total_votes: 'integer',
  source_file: 'text',
  source_line: 'integer',
  candidate_party: 'text',
  running_mate: 'text',
  home_state: 'text',
  color: 'text',
  electoral_votes: 'integer',
  infobox_index: 'integer',
  delegate_breakdown: 'boolean',
  pledged: 'number',
  unpledged: 'number',
  bound: 'number',
  unbound: 'number',
  total_percent: 'number',
  total_delegates: 'number',
  total_electoral_votes: 'integer',
  election_name: 'text',
  jurisdiction_fips: 'text',
  delegates_total: 'number',
  delegates_pledged: 'number',
  delegates_unpledged: 'number',
  previous_name: 'text',
  previous_year: 'integer',
  next_name: 'text',
  next_year: 'integer',
  main_table: 'integer',
  messages: 'integer',
  source_id: 'text'
} as const

/** A column name. */
export type CsvColumn = keyof typeof csvColumns

/** What a column's cells hold. */
export type CsvColumnType = (typeof csvColumns)[CsvColumn]

/** The value of a cell of type `Type`. */
export type CsvCell<Type extends CsvColumnType> = Type extends 'text'
  ? string
  : Type extends 'boolean'
    ? boolean
    : number

/** One CSV row as typed cells; null is an empty cell. */
export type CsvRecord = {[Column in CsvColumn]: CsvCell<(typeof csvColumns)[Column]> | null}

/** Column names in output order. */
export const csvColumnNames = Object.keys(csvColumns) as readonly CsvColumn[]

/** Columns that describe the election, repeated on each of its rows. */
export const csvElectionColumns = [
  'election_id', 'title', 'date', 'year', 'stage', 'jurisdiction', 'jurisdiction_code', 'party',
  'total_votes', 'source_file', 'total_percent', 'total_delegates', 'total_electoral_votes',
  'election_name', 'jurisdiction_fips', 'delegates_total', 'delegates_pledged',
  'delegates_unpledged', 'previous_name', 'previous_year', 'next_name', 'next_year',
  'main_table', 'messages', 'source_id'
] as const satisfies readonly CsvColumn[]

/** A column that describes the election. */
export type CsvElectionColumn = (typeof csvElectionColumns)[number]
