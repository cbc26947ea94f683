/**
 * The options every command that reads articles takes, declared and read once.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import type {RuleConfig} from '../../validate/rule.js'
import {readMaxSize} from './read-max-size.js'
import type {ConfigChoice} from './resolve-settings.js'
import {readRuleOptions} from './read-rule-options.js'

/** A command's option declarations, as `parseArgs` takes them. */
type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/**
 * `parseArgs` declarations of `--rule`, `--max-size`, `--config`, `--no-config` and `-h`, to
 * spread into a command's own.
 */
export const sharedOptions = {
  rule: {type: 'string', multiple: true, default: [] as string[]},
  'max-size': {type: 'string'},
  config: {type: 'string'},
  'no-config': {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h', default: false}
} as const

/** The shared options as `parseArgs` gives them. */
export interface SharedValues {
  /** Every `--rule ID=LEVEL`. */
  rule: string[]
  /** `--max-size`, if given. */
  'max-size'?: string | undefined
  /** `--config FILE`, if given. */
  config?: string | undefined
  /** `--no-config`. */
  'no-config': boolean
}

/** The shared options read and checked. */
export interface SharedSettings {
  /** `--rule` settings by id. */
  rules: RuleConfig
  /** `--max-size` in bytes, or null when not given. */
  maxSize: number | null
  /** Which config file applies. */
  config: ConfigChoice
}

/** Read the shared options of `values`, or a usage problem naming the first bad one. */
export function readSharedOptions(values: SharedValues): SharedSettings | {problem: string} {
  const rules = readRuleOptions(values.rule)
  if ('problem' in rules) return rules
  const size = readMaxSize(values['max-size'])
  if ('problem' in size) return size
  if (values.config !== undefined && values['no-config']) return {problem: 'Expected one of --config and --no-config, got both'}
  return {rules: rules.config, maxSize: size.maxSize, config: {file: values.config ?? null, none: values['no-config']}}
}

/** How a command's arguments are parsed: positionals allowed, unknown options refused. */
interface CommandArgsConfig<Options extends OptionsConfig> {
  /** The arguments. */
  args: string[]
  /** FILE arguments. */
  allowPositionals: true
  /** Unknown options are errors. */
  strict: true
  /** The command's options. */
  options: Options
}

/** What `parseArgs` gives for a command declaring `Options`. */
export type CommandArgs<Options extends OptionsConfig> = ReturnType<typeof parseArgs<CommandArgsConfig<Options>>>

/**
 * `parseArgs` over `argv` with `options` (positionals allowed, unknown options refused), or
 * its complaint as a usage problem instead of an exception.
 */
export function parseCommandArgs<const Options extends OptionsConfig>(argv: readonly string[], options: Options): CommandArgs<Options> | {problem: string} {
  try {
    return parseArgs<CommandArgsConfig<Options>>({args: [...argv], allowPositionals: true, strict: true, options})
  } catch (error) {
    return {problem: error instanceof Error ? error.message : String(error)}
  }
}
