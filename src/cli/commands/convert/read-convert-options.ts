/**
 * Reading the arguments of `convert` into checked options.
 */
import type {CsvRows} from '../../../serialize/to-csv.js'
import type {RuleConfig} from '../../../validate/rule.js'
import {inputKinds, type InputKind} from '../../inputs/input-kind.js'
import {parseCommandArgs, readSharedOptions, sharedOptions} from '../../options/parse-command-args.js'
import type {ConfigChoice, InputSettings} from '../../options/resolve-settings.js'
import {outputFormatOf, outputFormats, type OutputFormat} from './output-format-of.js'


/** What a CSV row stands for (`--rows`). */
export const csvRowKinds: readonly CsvRows[] = ['candidates', 'elections']

/** Checked options of `convert`. */
export interface ConvertOptions {
  /** Positional arguments: FILE, DIR, GLOB or `-`. */
  inputs: string[]
  /** `--from`, or null to decide by each file's extension. */
  from: InputKind | null
  /** `--to`, else the config file's `to`, else `json`. */
  format: OutputFormat
  /** `--rows`: what a CSV row stands for. */
  rows: CsvRows
  /** `-o`: combined output file, or null for stdout. */
  output: string | null
  /** `--out-dir`: one file per input, or null. */
  outDir: string | null
  /** `--errors`: where to write the failures as JSON, or null. */
  errors: string | null
  /** `--jobs`, or null to choose from the machine and the inputs (see `chooseJobs`). */
  jobs: number | null
  /** `--max-size`, else the config file's `maxSize`, else 8 MiB; in bytes. */
  maxSize: number
  /** `--csv-raw`. */
  raw: boolean
  /** The config file's rules with `--rule` on top. */
  rules: RuleConfig
  /** `-q`. */
  quiet: boolean
  /** `-h`. */
  help: boolean
}

/** The options as the arguments give them, before a config file fills in what they leave out. */
export interface ConvertArguments extends Omit<ConvertOptions, 'format' | 'maxSize' | 'rows'> {
  /** `--to`, or null when not given. */
  format: ConvertOptions['format'] | null
  /** `--rows`, or null when not given. */
  rows: CsvRows | null
  /** `--max-size` in bytes, or null when not given. */
  maxSize: number | null
  /** Which config file applies. */
  config: ConfigChoice
}

/** A whole number of 1 or more (`4`). */
const positiveInteger = /^[1-9]\d*$/

/** Read `argv` into options, or a usage problem (one sentence) naming the first bad one. */
export function readConvertOptions(argv: readonly string[]): ConvertArguments | {problem: string} {
  const parsed = parseCommandArgs(argv, {
    from: {type: 'string'},
    to: {type: 'string'},
    output: {type: 'string', short: 'o'},
    'out-dir': {type: 'string'},
    errors: {type: 'string'},
    jobs: {type: 'string', short: 'j'},
    'csv-raw': {type: 'boolean', default: false},
    rows: {type: 'string'},
    quiet: {type: 'boolean', short: 'q', default: false},
    ...sharedOptions
  })
  if ('problem' in parsed) return parsed
  const {values, positionals} = parsed
  const format = values.to === undefined ? null : outputFormats.find((name) => name === values.to)
  if (format === undefined) return {problem: `Expected --to to be one of ${outputFormats.join(', ')}, got \`${values.to}\``}
  const from = values.from === undefined ? null : inputKinds.find((name) => name === values.from)
  if (from === undefined) return {problem: `Expected --from to be one of ${inputKinds.join(', ')}, got \`${values.from}\``}
  if (values.output !== undefined && values['out-dir'] !== undefined) return {problem: 'Expected one of -o and --out-dir, got both'}
  const rows = values.rows === undefined ? null : csvRowKinds.find((name) => name === values.rows)
  if (rows === undefined) return {problem: `Expected --rows to be one of ${csvRowKinds.join(', ')}, got \`${values.rows}\``}
  let jobs: number | null = null
  if (values.jobs !== undefined) {
    if (!positiveInteger.test(values.jobs)) return {problem: `Expected --jobs to be a whole number of 1 or more, got \`${values.jobs}\``}
    jobs = Number(values.jobs)
  }
  const shared = readSharedOptions(values)
  if ('problem' in shared) return shared
  return {
    inputs: positionals,
    from,
    format,
    rows,
    output: values.output ?? null,
    outDir: values['out-dir'] ?? null,
    errors: values.errors ?? null,
    jobs,
    maxSize: shared.maxSize,
    raw: values['csv-raw'],
    rules: shared.rules,
    quiet: values.quiet,
    help: values.help,
    config: shared.config
  }
}

/**
 * Fill in what `args` leave out from `settings` (the config file's, with the flags already on
 * top), or a problem when the config file's `to` is not a format, `--rows` comes without
 * CSV, or SQLite without `-o`.
 */
export function settleConvertOptions(args: ConvertArguments, settings: InputSettings): ConvertOptions | {problem: string} {
  const configured = settings.to === null ? null : outputFormats.find((name) => name === settings.to)
  if (configured === undefined) {
    return {problem: `Expected \`to\` in ${settings.configFile ?? 'the config file'} to be one of ${outputFormats.join(', ')}, got \`${JSON.stringify(settings.to).slice(1, -1)}\``}
  }
  // As pandoc does: without --to, the -o file's extension names the format; a name that
  // names none is refused rather than guessed, unless the config file says.
  const named = args.output === null ? null : outputFormatOf(args.output)
  const format = args.format ?? named ?? configured ?? (args.output === null ? 'json' : null)
  if (format === null) return {problem: `Expected --to, or an -o file name ending in .json, .yaml, .csv, .ndjson, .db or .md, got \`${args.output ?? ''}\``}
  if (args.rows !== null && format !== 'csv') return {problem: `Expected --rows only with --to csv, got --to ${format}`}
  if (format === 'sqlite' && args.output === null) return {problem: 'Expected -o FILE with --to sqlite (a database is a file, never standard output), got none'}
  return {
    inputs: args.inputs,
    from: args.from,
    format,
    rows: args.rows ?? 'candidates',
    output: args.output,
    outDir: args.outDir,
    errors: args.errors,
    jobs: args.jobs,
    maxSize: settings.maxSize,
    raw: args.raw,
    rules: settings.rules,
    quiet: args.quiet,
    help: args.help
  }
}
