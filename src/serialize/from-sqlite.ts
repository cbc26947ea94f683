/**
 * Reading elections back from an SQLite database written by `toSqlite`.
 */
import type {Election} from '../model/election.js'
import {ElectionReadError, type ReadProblem} from './election-read-error.js'
import {parseJson} from './from-json.js'
import {loadSql} from './load-sql.js'
import {narrowElections} from './narrow-elections.js'
import {sqliteSchemaVersion} from './sqlite-tables.js'

/** Name of the format in read errors. */
const format = 'SQLite'

/**
 * Read the elections of a database written by `toSqlite`, in their `position` order, from
 * the `election_json` column: the other tables are views of the same data for queries, so
 * the elections come back exactly as they were written (JSON gives the same).
 *
 * Throws an `ElectionReadError` when `bytes` are not an SQLite database, lack the `meta` or
 * `elections` table, carry another `schema_version`, or hold an election that does not fit
 * the schema (`election 2: candidates[0].votes: expected number, got "many"`).
 */
export async function fromSqlite(bytes: Uint8Array): Promise<Election[]> {
  const sql = await loadSql()
  let database
  try {
    database = new sql.Database(bytes)
  } catch (error) {
    throw new ElectionReadError(format, [{path: '', reason: describe(error)}])
  }
  try {
    const version = query(database, "SELECT value FROM meta WHERE key = 'schema_version'")[0]?.[0]
    if (version !== sqliteSchemaVersion) {
      const actual = version === undefined ? 'none' : `\`${String(version)}\``
      throw new ElectionReadError(format, [{path: 'meta', reason: `expected schema_version \`${sqliteSchemaVersion}\`, got ${actual}`}])
    }
    const elections: Election[] = []
    const problems: ReadProblem[] = []
    for (const [id, json] of query(database, 'SELECT election_id, election_json FROM elections ORDER BY position')) {
      try {
        elections.push(...narrowElections(parseJson(String(json), format), format))
      } catch (error) {
        if (!(error instanceof ElectionReadError)) throw error
        for (const problem of error.problems) problems.push({...problem, path: join(`election ${String(id)}`, problem.path)})
      }
    }
    if (problems.length > 0) throw new ElectionReadError(format, problems)
    return elections
  } finally {
    database.close()
  }
}

/** The part of a sql.js database that reading needs. */
interface Querier {
  exec: (sql: string) => Array<{values: unknown[][]}>
}

/** The rows of `statement`, or an `ElectionReadError` when SQLite refuses it. */
function query(database: Querier, statement: string): unknown[][] {
  try {
    return database.exec(statement)[0]?.values ?? []
  } catch (error) {
    throw new ElectionReadError(format, [{path: '', reason: describe(error)}])
  }
}

/** `prefix: path`, or `prefix` alone for a problem of the whole value. */
function join(prefix: string, path: string): string {
  return path === '' ? prefix : `${prefix}: ${path}`
}

/** What SQLite said, as one sentence. */
function describe(error: unknown): string {
  return `expected an SQLite database written by wikitally, got \`${error instanceof Error ? error.message : String(error)}\``
}
