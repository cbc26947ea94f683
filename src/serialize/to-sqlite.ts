/**
 * Writing elections as an SQLite database.
 */
import {toolVersion} from '../model/tool-version.js'
import {electionIds} from './election-ids.js'
import {electionList, type Elections} from './election-list.js'
import {electionSqliteRows, type SqlCell} from './election-sqlite-rows.js'
import {loadSql} from './load-sql.js'
import {sqliteSchemaVersion, sqliteTables} from './sqlite-tables.js'

/**
 * Write elections as the bytes of an SQLite database (see `sqliteTables`):
 *
 * - `elections`: one contest row per election (the `summary`, snake_case), in input order
 *   (`position`), keyed by `election_id` made unique as in CSV (`electionIds`), with its
 *   `source_id` and the whole election as JSON (`election_json`);
 * - `candidates`, `messages`, `infobox`: one row per candidate, message and infobox line,
 *   `position` their order, `election_id` a declared foreign key;
 * - `meta`: `tool`, `tool_version` and `schema_version`.
 *
 * Booleans are 0 and 1, null is NULL. The database is built in memory (sql.js), then
 * returned whole: write it to a temporary file and rename it, so a reader never sees half a
 * database. The same elections always give the same bytes.
 */
export async function toSqlite(input: Elections): Promise<Uint8Array> {
  const elections = electionList(input)
  const ids = electionIds(elections)
  const sql = await loadSql()
  const database = new sql.Database()
  try {
    database.run('PRAGMA foreign_keys = ON')
    for (const statement of sqliteTables) database.run(statement)
    database.run('BEGIN')
    insert(database, 'meta', [['tool', 'wikitally'], ['tool_version', toolVersion], ['schema_version', sqliteSchemaVersion]])
    for (const [index, election] of elections.entries()) {
      const rows = electionSqliteRows(election, ids[index] ?? '', index)
      insert(database, 'elections', [rows.election])
      insert(database, 'candidates', rows.candidates)
      insert(database, 'messages', rows.messages)
      insert(database, 'infobox', rows.infobox)
    }
    database.run('COMMIT')
    return database.export()
  } finally {
    database.close()
  }
}

/** The part of a sql.js database that inserting needs. */
interface Runner {
  prepare: (sql: string) => {run: (values: SqlCell[]) => void; free: () => boolean}
}

/** Insert `rows` into `table`, one placeholder per cell of the first row. */
function insert(database: Runner, table: string, rows: Iterable<SqlCell[]>): void {
  let statement: ReturnType<Runner['prepare']> | null = null
  try {
    for (const row of rows) {
      statement ??= database.prepare(`INSERT INTO ${table} VALUES (${row.map(() => '?').join(', ')})`)
      statement.run(row)
    }
  } finally {
    statement?.free()
  }
}
