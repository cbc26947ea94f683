/**
 * `wikitally check [FILE|DIR|GLOB|-]...`: report every article's internal consistency.
 */
import {severityOf} from '../../../model/report.js'
import {listInputs} from '../../inputs/list-inputs.js'
import {loadInput} from '../../inputs/load-input.js'
import {exitCodes, type Io} from '../../io.js'
import {parseCommandArgs, readSharedOptions, sharedOptions} from '../../options/parse-command-args.js'
import {failureMessages} from '../../pipeline/failure-messages.js'
import {parseInput} from '../../pipeline/parse-input.js'
import {reportUsage} from '../../terminal/report-usage.js'
import {wantsColor} from '../../terminal/wants-color.js'
import {checkHelp} from './check-help.js'
import {formatReport, type CheckedFile} from '../../terminal/format-report.js'
import {formatReportJson} from './format-report-json.js'

export {checkHelp} from './check-help.js'

/** Report formats `--report` accepts. */
const reportFormats = ['human', 'json'] as const

/**
 * Check every input named in `argv` and report; returns the exit code.
 *
 * The human report goes to stderr (messages), the JSON report to stdout (data).
 */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    report: {type: 'string', default: 'human'},
    strict: {type: 'boolean', default: false},
    quiet: {type: 'boolean', short: 'q', default: false},
    ...sharedOptions
  })
  if ('problem' in parsed) return reportUsage(io, 'check', parsed.problem)
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(checkHelp)
    return exitCodes.ok
  }
  const format = reportFormats.find((name) => name === values.report)
  if (format === undefined) return reportUsage(io, 'check', `expected \`--report\` to be human or json, got \`${values.report}\``)
  const settings = readSharedOptions(values)
  if ('problem' in settings) return reportUsage(io, 'check', settings.problem)
  if (positionals.length === 0) return reportUsage(io, 'check', 'expected a FILE, a DIR or - (standard input)')

  const checked: CheckedFile[] = []
  let failed = false
  const listed = await listInputs(positionals, io, {records: false})
  for await (const {source} of listed.sources) {
    const loaded = loadInput(source, settings)
    if ('failure' in loaded) {
      failed = true
      checked.push({path: source.shown, messages: failureMessages(loaded.failure)})
      continue
    }
    const {messages} = parseInput(loaded.file, settings)
    checked.push({path: source.shown, messages})
  }

  if (format === 'json') io.stdout(formatReportJson(checked, values.quiet))
  else io.stderr(formatReport(checked, {color: wantsColor(io, 'stderr'), quiet: values.quiet}))

  const all = checked.flatMap((file) => file.messages)
  const errors = all.some((message) => severityOf(message.fatal) === 'error')
  const warnings = all.some((message) => severityOf(message.fatal) === 'warning')
  return failed || errors || (values.strict && warnings) ? exitCodes.failed : exitCodes.ok
}
