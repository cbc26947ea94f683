/**
 * The settings of each input: its config file's, under the command line's own flags.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {defaultMaxSize} from '../../parse/check-input-size.js'
import type {Settings} from '../../read-settings.js'
import type {RuleConfig, RuleSetting} from '../../validate/rule.js'
import {findConfigFile, type ConfigCache} from './find-config-file.js'
import {stdinArgument, type InputSource} from '../inputs/input-source.js'
import {readConfigFile} from './read-config-file.js'

/** How a command finds its config file: `--config FILE`, `--no-config`, or by searching. */
export interface ConfigChoice {
  /** `--config FILE` (relative to the current folder), or null to search. */
  file: string | null
  /** `--no-config`: use no config file at all. */
  none: boolean
}

/** Settings of the command line itself, which win over a config file's. */
export interface FlagSettings {
  /** `--rule` settings; they win id by id over the file's `rules`. */
  rules: RuleConfig
  /** `--max-size` in bytes, or null when not given. */
  maxSize: number | null
  /** `--to`, or null when not given. */
  to: string | null
}

/** The settings an input is read with. */
export interface InputSettings {
  /** Rule settings: the config file's with `--rule` on top. */
  rules: RuleConfig
  /** Largest input in bytes: `--max-size`, else the config file's, else `defaultMaxSize`. */
  maxSize: number
  /** `--to`, else the config file's `to`, else null. */
  to: string | null
  /** Path of the config file used, or null. */
  configFile: string | null
}

/** The settings of an input in a folder (absolute), or the problem of its config file. */
export type SettingsResolver = (folder: string) => Promise<InputSettings | {problem: string}>

/**
 * A resolver that finds, for each folder, the nearest config file (or the one `--config`
 * names, or none with `--no-config`) and puts `flags` on top. Folders share one search of
 * each folder above them. A config file that cannot be read or holds a bad setting gives a
 * problem naming the file; so does a `--config` that names no config.
 */
export function createSettingsResolver(choice: ConfigChoice, flags: FlagSettings, cwd: string): SettingsResolver {
  const cache: ConfigCache = new Map()
  return async (folder) => {
    const file = choice.none ? null : choice.file === null ? await findConfigFile(folder, cache) : await readConfigFile(path.resolve(cwd, choice.file))
    if (file === null && choice.file !== null && !choice.none) {
      return {problem: `Expected \`--config ${choice.file}\` to name a config file, got none`}
    }
    if (file !== null && 'problem' in file) return {problem: `${path.relative(cwd, file.path) || file.path}: ${file.problem}`}
    const base: Settings = file?.settings ?? {rules: {}, maxSize: null, to: null}
    return {
      rules: Object.assign(Object.create(null) as Record<string, RuleSetting>, base.rules, flags.rules),
      maxSize: flags.maxSize ?? base.maxSize ?? defaultMaxSize,
      to: flags.to ?? base.to,
      configFile: file?.path ?? null
    }
  }
}

/** The folder whose config applies to `source`: a file's own, else the current folder. */
export function configFolderOf(source: InputSource, cwd: string): string {
  if (source.kind !== 'file') return cwd
  return path.dirname(typeof source.path === 'string' ? source.path : Buffer.from(source.path).toString())
}

/**
 * The folder whose config applies to the command-line argument `input`: a folder itself,
 * else the folder the path or glob names (`articles/*.md` gives `articles`), else, for
 * standard input or no argument, the current folder.
 */
export async function configFolderOfArgument(input: string | undefined, cwd: string): Promise<string> {
  if (input === undefined || input === stdinArgument) return cwd
  const absolute = path.resolve(cwd, input)
  try {
    if ((await stat(absolute)).isDirectory()) return absolute
  } catch {
    // Not a path on disk (a glob, a missing file): its folder part still says where it is.
  }
  return path.dirname(absolute)
}
