/**
 * Opening a database with Python's own sqlite3 module, when the machine has python3.
 */
import {spawnSync} from 'node:child_process'

/** Runs each query on the database named by argv[1] (foreign keys on) and prints the rows. */
const queryScript = `
import json, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute('PRAGMA foreign_keys = ON')
json.dump([connection.execute(query).fetchall() for query in json.load(sys.stdin)], sys.stdout)
`

/** Whether `python3` runs and has its sqlite3 module. */
export function hasPythonSqlite(): boolean {
  return spawnSync('python3', ['-c', 'import sqlite3'], {stdio: 'ignore'}).status === 0
}

/** The rows of each of `queries` on the database file `path`, as Python's sqlite3 reads them. */
export function queryWithPython(path: string, queries: readonly string[]): unknown[][][] {
  const result = spawnSync('python3', ['-c', queryScript, path], {
    input: JSON.stringify(queries),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as unknown[][][]
}
