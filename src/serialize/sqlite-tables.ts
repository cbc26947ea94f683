/**
 * The layout of the SQLite output: one table per kind of row, joined on `election_id`.
 *
 *     SELECT e.election_id, c.name, c.votes
 *     FROM candidates c JOIN elections e USING (election_id)
 *     WHERE c.winner
 */
import {summaryColumnNames, summaryColumns, type SummaryColumn} from './summary-columns.js'

/**
 * Version of this layout, stored in `meta` as `schema_version`: it changes when a table or
 * column changes meaning, and `fromSqlite` refuses other versions.
 */
export const sqliteSchemaVersion = '1'

/** SQLite column types of the cell types (`NUMERIC` keeps `9093` an integer, `51.06` a real). */
const sqlTypes = {text: 'TEXT', integer: 'INTEGER', number: 'NUMERIC', boolean: 'INTEGER'} as const

/** The contest-row columns, as column definitions. */
function summaryColumnDefinitions(): string {
  return summaryColumnNames
    .filter((column): column is Exclude<SummaryColumn, 'election_id'> => column !== 'election_id')
    .map((column) => `  ${column} ${sqlTypes[summaryColumns[column]]},`)
    .join('\n')
}

/** Columns every child table starts with: its election, and its place in that election. */
const childKey = `  election_id TEXT NOT NULL REFERENCES elections (election_id),
  position INTEGER NOT NULL,`

/** Where a row or message is in the source: start line and column, end line and column. */
const placeColumns = `  line INTEGER,
  column INTEGER,
  end_line INTEGER,
  end_column INTEGER,`

/** The statements that create the tables and their indexes, in order. */
export const sqliteTables: readonly string[] = [
  `CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
)`,
  `CREATE TABLE elections (
  election_id TEXT PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE,
${summaryColumnDefinitions()}
  source_id TEXT,
  election_json TEXT NOT NULL
)`,
  `CREATE TABLE candidates (
${childKey}
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  withdrawn INTEGER NOT NULL,
  party TEXT,
  running_mate TEXT,
  home_state TEXT,
  color TEXT,
  votes NUMERIC,
  percent NUMERIC,
  delegates NUMERIC,
  delegate_breakdown INTEGER NOT NULL,
  pledged NUMERIC,
  unpledged NUMERIC,
  bound NUMERIC,
  unbound NUMERIC,
  electoral_votes NUMERIC,
  winner INTEGER NOT NULL,
  infobox_index INTEGER,
${placeColumns}
  PRIMARY KEY (election_id, position)
)`,
  `CREATE TABLE messages (
${childKey}
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  reason TEXT NOT NULL,
${placeColumns}
  PRIMARY KEY (election_id, position)
)`,
  `CREATE TABLE infobox (
${childKey}
  key TEXT NOT NULL,
  canonical_key TEXT NOT NULL,
  value TEXT NOT NULL,
  line INTEGER,
  PRIMARY KEY (election_id, position)
)`,
  'CREATE INDEX candidates_election_id ON candidates (election_id)',
  'CREATE INDEX messages_election_id ON messages (election_id)',
  'CREATE INDEX infobox_election_id ON infobox (election_id)',
  'CREATE INDEX messages_rule_id ON messages (rule_id)'
]
