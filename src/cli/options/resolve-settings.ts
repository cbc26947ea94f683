/**
 * The settings of one input: its config file's, under the command line's own flags.
 */
import path from 'node:path'
import type {Settings} from '../../read-settings.js'
import type {RuleConfig, RuleSetting} from '../../validate/rule.js'
import {findConfigFile, type ConfigCache} from './find-config-file.js'
import {readConfigFile} from './read-config-file.js'

/** How a command finds its config file: `--config FILE`, `--no-config`, or by searching. */
export interface ConfigChoice {
  /** `--config FILE` (relative to the current folder), or null to search. */
  file: string | null
  /** `--no-config`: use no config file at all. */
  none: boolean
}

/** Settings with the config file they came from (null when none applied). */
export interface ResolvedSettings {
  /** The merged settings. */
  settings: Settings
  /** Path of the config file used, or null. */
  source: string | null
}

/** Settings of the command line itself, which win over a config file's. */
export interface FlagSettings {
  /** `--rule` settings; they win id by id over the file's `rules`. */
  rules: RuleConfig
  /** `--max-size`, or null when not given. */
  maxSize: number | null
  /** `--to`, or null when not given. */
  to: string | null
}

/**
 * The settings for an input in `folder` (absolute): the nearest config file's (or the one
 * `--config` names, or none with `--no-config`), with the flags on top. A config file that
 * cannot be read or holds a bad setting gives a problem naming the file.
 */
export async function resolveSettings(
  folder: string,
  choice: ConfigChoice,
  flags: FlagSettings,
  cwd: string,
  cache: ConfigCache
): Promise<ResolvedSettings | {problem: string}> {
  const file = choice.none ? null : choice.file === null ? await findConfigFile(folder, cache) : await readConfigFile(path.resolve(cwd, choice.file))
  if (file === null && choice.file !== null && !choice.none) {
    return {problem: `${choice.file}: Expected a config file (\`--config\`), got none`}
  }
  if (file !== null && 'problem' in file) return {problem: `${path.relative(cwd, file.path) || file.path}: ${file.problem}`}
  const base: Settings = file?.settings ?? {rules: {}, maxSize: null, to: null}
  const rules = Object.assign(Object.create(null) as Record<string, RuleSetting>, base.rules, flags.rules)
  return {
    settings: {rules, maxSize: flags.maxSize ?? base.maxSize, to: flags.to ?? base.to},
    source: file?.path ?? null
  }
}
