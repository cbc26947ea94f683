/**
 * The version of wikitally, kept in step with package.json by a test, so that code which
 * stamps its output (`--version`, the SQLite `meta` table) needs no file read.
 */

/** The package version. */
export const toolVersion = '0.1.0'
