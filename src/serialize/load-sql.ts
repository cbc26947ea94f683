/**
 * Loading the SQLite engine (sql.js, SQLite compiled to WebAssembly) only when a database
 * is read or written, so that nothing else pays for it.
 */
import type {SqlJsStatic} from 'sql.js'

/**
 * The sql.js engine, imported and instantiated on first call of each caller. It needs no
 * native build and runs wherever Node.js (or a browser) does.
 */
export async function loadSql(): Promise<SqlJsStatic> {
  const {default: initSqlJs} = await import('sql.js')
  return initSqlJs()
}
