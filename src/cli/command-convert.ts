/**
 * `wikitally convert`: articles in, election data out.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {Election} from '../model/election.js'
import {parseElection} from '../parse-election.js'
import {toCsv} from '../serialize/to-csv.js'
import {toJson} from '../serialize/to-json.js'
import {toNdjson} from '../serialize/to-ndjson.js'
import {toYaml} from '../serialize/to-yaml.js'
import {collectPaths} from './collect-paths.js'
import {convertHelp} from './convert-help.js'
import type {FileMessage} from './election-parser.js'
import {exitCodes, type Io} from './io.js'
import {readRuleOptions} from './read-rule-options.js'
import {readInput, stdinArgument} from './read-input.js'
import {severityOf} from '../model/report.js'

/** Output formats and their writers. */
const writers = {
  json: (elections: Election[]) => toJson(elections.length === 1 ? elections[0] as Election : elections),
  yaml: (elections: Election[]) => toYaml(elections.length === 1 ? elections[0] as Election : elections),
  ndjson: (elections: Election[]) => toNdjson(elections),
  csv: (elections: Election[], raw: boolean) => toCsv(elections, {raw})
} as const

/** Run `convert` with its arguments; returns the exit code. */
export async function convertCommand(argv: readonly string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        to: {type: 'string', default: 'json'},
        output: {type: 'string', short: 'o'},
        'csv-raw': {type: 'boolean', default: false},
        rule: {type: 'string', multiple: true, default: []},
        quiet: {type: 'boolean', short: 'q', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(convertHelp)
    return exitCodes.ok
  }
  const format = values.to
  if (!Object.hasOwn(writers, format)) return usage(io, `Expected --to to be one of ${Object.keys(writers).join(', ')}, got \`${format}\``)
  const rules = readRuleOptions(values.rule)
  if ('problem' in rules) return usage(io, rules.problem)
  let failed = false
  const inputs = positionals.length === 0 ? [stdinArgument] : positionals
  const named = inputs.filter((input) => input !== stdinArgument)
  const collected = await collectPaths(named, io.cwd)
  for (const problem of collected.problems) {
    failed = true
    io.stderr(`${problem.path}: error: Expected a readable file or folder, got \`${problem.reason}\`\n`)
  }
  const files = inputs.includes(stdinArgument) ? [stdinArgument, ...collected.files] : collected.files
  const elections: Election[] = []
  for (const input of files) {
    const {file, readable} = await readInput(input, io)
    if (!readable) {
      failed = true
      printMessages(file.path, file.messages, io, false)
      continue
    }
    const {election, messages} = parseElection(file, {rules: rules.config})
    printMessages(file.path, messages, io, values.quiet)
    elections.push(election)
  }
  const write = writers[format as keyof typeof writers]
  const output = elections.length === 0 && format !== 'csv' ? '' : write(elections, values['csv-raw'])
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), output)
  else io.stdout(output)
  return failed ? exitCodes.failed : exitCodes.ok
}

function printMessages(filePath: string, messages: readonly FileMessage[], io: Io, quiet: boolean): void {
  for (const message of messages) {
    const severity = severityOf(message.fatal)
    if (severity === 'info' || (quiet && severity !== 'error')) continue
    io.stderr(`${filePath}:${message.line ?? 1}:${message.column ?? 1}  ${severity}  ${message.reason}  ${message.ruleId ?? ''}\n`)
  }
}

function usage(io: Io, reason: string): number {
  io.stderr(`wikitally convert: ${reason}\nSee \`wikitally convert --help\`.\n`)
  return exitCodes.usage
}
