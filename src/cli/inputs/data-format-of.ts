/**
 * Telling election data from an article by a file's extension.
 */
import path from 'node:path'

/** Formats of election data that `convert` reads back. */
export type DataFormat = 'json' | 'yaml' | 'csv' | 'sqlite'

/** Extensions of election data files and their formats. */
export const dataExtensions: Readonly<Record<string, DataFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.db': 'sqlite',
  '.sqlite': 'sqlite',
  '.sqlite3': 'sqlite'
}

/** The data format a file name's extension says (`seed.JSON` -> `json`), or null for an article. */
export function dataFormatOf(file: string): DataFormat | null {
  const extension = path.extname(file).toLowerCase()
  return Object.hasOwn(dataExtensions, extension) ? (dataExtensions[extension] as DataFormat) : null
}
