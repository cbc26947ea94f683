/**
 * Reading one config file into checked settings.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {readSettings, type Settings} from '../../read-settings.js'
import {packageKey} from './config-file-names.js'

/** A file name read as YAML (`.wikitallyrc.yaml`, `.wikitallyrc.yml`). */
const yamlName = /\.ya?ml$/

/** A config file read: its settings, or the problem that makes it unusable. */
export type ConfigFile = {path: string; settings: Settings} | {path: string; problem: string}

/**
 * Read the config file at `filePath`: YAML when named `.yaml` or `.yml`, else JSON; from a
 * `package.json` only its `wikitally` key. Null when a `package.json` has no such key or the
 * file does not exist (`ENOENT`, `ENOTDIR`), so a search goes on upward; any other failure
 * to read or parse is a problem, not a silent default.
 */
export async function readConfigFile(filePath: string): Promise<ConfigFile | null> {
  let text: string
  try {
    text = await readFile(filePath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    return {path: filePath, problem: `Expected a readable config file, got \`${error instanceof Error ? error.message : String(error)}\``}
  }
  let value: unknown
  try {
    // YAML loads only when a YAML config exists: the CLI starts without it.
    value = yamlName.test(filePath) ? (await import('./parse-yaml-config.js')).parseYamlConfig(text) : JSON.parse(text)
  } catch (error) {
    return {path: filePath, problem: `Expected a config file in ${yamlName.test(filePath) ? 'YAML' : 'JSON'}, got \`${error instanceof Error ? error.message : String(error)}\``}
  }
  if (path.basename(filePath) === 'package.json') {
    const hasKey = typeof value === 'object' && value !== null && Object.hasOwn(value, packageKey)
    if (!hasKey) return null
    value = (value as Record<string, unknown>)[packageKey]
  }
  const read = readSettings(value ?? {})
  return 'problem' in read ? {path: filePath, problem: read.problem} : {path: filePath, settings: read.settings}
}
