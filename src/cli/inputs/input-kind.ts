/**
 * What an input holds: an article, election data, or NDJSON records, by `--from` or by the
 * file's extension.
 */
import path from 'node:path'

/** Formats of election data that `convert` writes and reads back. */
export type DataFormat = 'json' | 'yaml' | 'csv' | 'sqlite'

/** What one loaded input holds: an article, or election data in one format. */
export type InputContent = 'article' | DataFormat

/** What `--from` names: the contents, or NDJSON (one article or election record per line). */
export type InputKind = InputContent | 'ndjson'

/** Kinds `--from` accepts. */
export const inputKinds: readonly InputKind[] = ['article', 'ndjson', 'json', 'yaml', 'csv', 'sqlite']

/** Extensions that say what a file holds; any other is an article. */
export const kindExtensions: Readonly<Record<string, InputKind>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.db': 'sqlite',
  '.sqlite': 'sqlite',
  '.sqlite3': 'sqlite'
}

/**
 * The kind of the input named `file`: `from` when given, else what its extension says
 * (`seed.JSON` -> `json`, `all.ndjson` -> `ndjson`), else `article`.
 */
export function inputKindOf(file: string, from: InputKind | null): InputKind {
  if (from !== null) return from
  const extension = path.extname(file).toLowerCase()
  return Object.hasOwn(kindExtensions, extension) ? (kindExtensions[extension] as InputKind) : 'article'
}

/** Whether `kind` is election data in one document (JSON, YAML, CSV, an SQLite database). */
export function isDataKind(kind: InputKind): kind is DataFormat {
  return kind === 'json' || kind === 'yaml' || kind === 'csv' || kind === 'sqlite'
}
