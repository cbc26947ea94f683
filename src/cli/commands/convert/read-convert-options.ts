/**
 * Reading the arguments of `convert` into checked options.
 */
import {availableParallelism} from 'node:os'
import type {RuleConfig} from '../../../validate/rule.js'
import {inputKinds, type InputKind} from '../../inputs/input-kind.js'
import {parseCommandArgs, readSharedOptions, sharedOptions} from '../../options/parse-command-args.js'
import {outputFormatOf, outputFormats, type OutputFormat} from './output-format-of.js'

/** Checked options of `convert`. */
export interface ConvertOptions {
  /** Positional arguments: FILE, DIR, GLOB or `-`. */
  inputs: string[]
  /** `--from`, or null to decide by each file's extension. */
  from: InputKind | null
  /** `--to`. */
  format: OutputFormat
  /** `-o`: combined output file, or null for stdout. */
  output: string | null
  /** `--out-dir`: one file per input, or null. */
  outDir: string | null
  /** `--errors`: where to write the failures as JSON, or null. */
  errors: string | null
  /** `--jobs`. */
  jobs: number
  /** `--max-size` in bytes. */
  maxSize: number
  /** `--csv-raw`. */
  raw: boolean
  /** `--rule` settings. */
  rules: RuleConfig
  /** `-q`. */
  quiet: boolean
  /** `-h`. */
  help: boolean
}

/** A whole number of 1 or more (`4`). */
const positiveInteger = /^[1-9]\d*$/

/** Read `argv` into options, or a usage problem (one sentence) naming the first bad one. */
export function readConvertOptions(argv: readonly string[]): ConvertOptions | {problem: string} {
  const parsed = parseCommandArgs(argv, {
    from: {type: 'string'},
    to: {type: 'string'},
    output: {type: 'string', short: 'o'},
    'out-dir': {type: 'string'},
    errors: {type: 'string'},
    jobs: {type: 'string', short: 'j'},
    'csv-raw': {type: 'boolean', default: false},
    quiet: {type: 'boolean', short: 'q', default: false},
    ...sharedOptions
  })
  if ('problem' in parsed) return parsed
  const {values, positionals} = parsed
  const format = readFormat(values.to, values.output)
  if (typeof format !== 'string') return format
  const from = values.from === undefined ? null : inputKinds.find((name) => name === values.from)
  if (from === undefined) return {problem: `Expected --from to be one of ${inputKinds.join(', ')}, got \`${values.from}\``}
  if (values.output !== undefined && values['out-dir'] !== undefined) return {problem: 'Expected one of -o and --out-dir, got both'}
  let jobs = availableParallelism()
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
    output: values.output ?? null,
    outDir: values['out-dir'] ?? null,
    errors: values.errors ?? null,
    jobs,
    maxSize: shared.maxSize,
    raw: values['csv-raw'],
    rules: shared.rules,
    quiet: values.quiet,
    help: values.help
  }
}

/**
 * The output format: `--to`, else what the `-o` file's extension says (as pandoc does), else
 * JSON; a `-o` name that says no format is a problem rather than a guess.
 */
function readFormat(to: string | undefined, output: string | undefined): OutputFormat | {problem: string} {
  if (to !== undefined) {
    const format = outputFormats.find((name) => name === to)
    return format ?? {problem: `Expected --to to be one of ${outputFormats.join(', ')}, got \`${to}\``}
  }
  if (output === undefined) return 'json'
  return outputFormatOf(output) ?? {problem: `Expected --to, or an -o file name ending in .json, .yaml, .csv, .ndjson or .md, got \`${output}\``}
}
