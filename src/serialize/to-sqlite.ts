/**
 * Writing elections as an SQLite database.
 */
import {toolVersion} from '../model/tool-version.js'
import type {Election} from '../model/election.js'
import {claimElectionId} from '../model/election-id.js'
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
  const writer = await openSqliteWriter()
  try {
    for (const election of electionList(input)) writer.add(election)
    return writer.finish()
  } finally {
    writer.close()
  }
}

/**
 * A database being written one election at a time (see `openSqliteWriter`), so that a
 * caller reading elections one by one never holds them all: only the database does.
 */
export interface SqliteWriter {
  /** Insert `election` after those added before; returns the id it is keyed with. */
  add: (election: Election) => string
  /** Commit and return the bytes of the database, the same as `toSqlite` of all added. */
  finish: () => Uint8Array
  /** Free the database (its WebAssembly memory); safe to call more than once. */
  close: () => void
}

/**
 * Open an in-memory database that elections are added to in order, with the same
 * statements in the same one transaction as `toSqlite`, which is built on it: the bytes do
 * not depend on whether the elections were all held. Ids are made unique as by
 * `electionIds`, keeping only the ids used so far. Close it in every case.
 */
export async function openSqliteWriter(): Promise<SqliteWriter> {
  const sql = await loadSql()
  const database = new sql.Database()
  let open = true
  const close = (): void => {
    if (open) database.close()
    open = false
  }
  try {
    database.run('PRAGMA foreign_keys = ON')
    for (const statement of sqliteTables) database.run(statement)
    database.run('BEGIN')
    insert(database, 'meta', [['tool', 'wikitally'], ['tool_version', toolVersion], ['schema_version', sqliteSchemaVersion]])
  } catch (error) {
    close()
    throw error
  }
  const used = new Set<string>()
  let position = 0
  return {
    add(election) {
      const id = claimElectionId(election.summary.electionId, used)
      const rows = electionSqliteRows(election, id, position++)
      insert(database, 'elections', [rows.election])
      insert(database, 'candidates', rows.candidates)
      insert(database, 'messages', rows.messages)
      insert(database, 'infobox', rows.infobox)
      return id
    },
    finish() {
      database.run('COMMIT')
      return database.export()
    },
    close
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
