/**
 * Finding the config file that applies to a folder, as `.remarkrc` is found.
 */
import path from 'node:path'
import {configFileNames} from './config-file-names.js'
import {readConfigFile, type ConfigFile} from './read-config-file.js'

/** Config files already looked up, by folder: one search per folder of a run. */
export type ConfigCache = Map<string, Promise<ConfigFile | null>>

/**
 * The nearest config file of `folder` (an absolute path): the first of `configFileNames` in
 * the folder itself, else in its parent, and so on up to the root. Null when there is none.
 * Settings are not merged across folders: the nearest file is the whole configuration.
 */
export function findConfigFile(folder: string, cache: ConfigCache): Promise<ConfigFile | null> {
  const cached = cache.get(folder)
  if (cached) return cached
  const found = lookIn(folder, cache)
  cache.set(folder, found)
  return found
}

async function lookIn(folder: string, cache: ConfigCache): Promise<ConfigFile | null> {
  for (const name of configFileNames) {
    const file = await readConfigFile(path.join(folder, name))
    if (file) return file
  }
  const parent = path.dirname(folder)
  return parent === folder ? null : findConfigFile(parent, cache)
}
