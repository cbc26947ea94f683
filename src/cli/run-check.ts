/**
 * `wikitally check`, given the pipeline to run.
 */
import {parseArgs} from 'node:util'
import {severityOf} from '../model/report.js'
import {checkHelp} from './check-help.js'
import {collectPaths} from './collect-paths.js'
import type {ElectionParser} from './election-parser.js'
import {formatReport, type CheckedFile} from './format-report.js'
import {formatReportJson} from './format-report-json.js'
import {exitCodes, type Io} from './io.js'
import {parseInput} from './parse-input.js'
import {readInput, stdinArgument, unreadable} from './read-input.js'
import {readRuleOptions} from './read-rule-options.js'
import {wantsColor} from './wants-color.js'

/** Report formats `--report` accepts. */
const reportFormats = ['human', 'json'] as const

/**
 * Check every input named in `argv` with `parse` and report; returns the exit code.
 *
 * The human report goes to stderr (messages), the JSON report to stdout (data).
 */
export async function runCheck(argv: readonly string[], io: Io, parse: ElectionParser): Promise<number> {
  let values
  let positionals
  try {
    ;({values, positionals} = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        report: {type: 'string', default: 'human'},
        rule: {type: 'string', multiple: true, default: []},
        strict: {type: 'boolean', default: false},
        quiet: {type: 'boolean', short: 'q', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }))
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error))
  }
  if (values.help) {
    io.stdout(checkHelp)
    return exitCodes.ok
  }
  const format = reportFormats.find((name) => name === values.report)
  if (format === undefined) return usage(io, `expected \`--report\` to be human or json, got \`${values.report}\``)
  const rules = readRuleOptions(values.rule)
  if ('problem' in rules) return usage(io, rules.problem)
  if (positionals.length === 0) return usage(io, 'expected a FILE, a DIR or - (standard input)')

  const checked: CheckedFile[] = []
  let failed = false
  for (const input of positionals) {
    const {files, problems} = input === stdinArgument ? {files: [stdinArgument], problems: []} : await collectPaths([input], io.cwd)
    for (const problem of problems) {
      failed = true
      checked.push({path: problem.path, messages: unreadable(problem.path, problem.reason).messages})
    }
    for (const name of files) {
      const {file, readable} = await readInput(name, io)
      if (!readable) failed = true
      const messages = readable ? parseInput(file, parse, rules.config).messages : file.messages
      checked.push({path: file.path, messages})
    }
  }

  if (format === 'json') io.stdout(formatReportJson(checked, values.quiet))
  else io.stderr(formatReport(checked, {color: wantsColor(io, 'stderr'), quiet: values.quiet}))

  const all = checked.flatMap((file) => file.messages)
  const errors = all.some((message) => severityOf(message.fatal) === 'error')
  const warnings = all.some((message) => severityOf(message.fatal) === 'warning')
  return failed || errors || (values.strict && warnings) ? exitCodes.failed : exitCodes.ok
}

/** Write a usage problem and return the usage exit code. */
function usage(io: Io, problem: string): number {
  io.stderr(`wikitally check: ${problem} (see \`wikitally check --help\`)\n`)
  return exitCodes.usage
}

