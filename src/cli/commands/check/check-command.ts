/**
 * `wikitally check [FILE|DIR|GLOB|-]...`: report every article's internal consistency.
 */
import {severityOf} from '../../../model/report.js'
import {severities} from '../../../model/vocabulary.js'
import {inputRuleIds} from '../../inputs/input-rule-ids.js'
import type {InputFailure, InputSource} from '../../inputs/input-source.js'
import {listInputs} from '../../inputs/list-inputs.js'
import {loadInput} from '../../inputs/load-input.js'
import {exitCodes, writePieces, type Io} from '../../io.js'
import {parseCommandArgs, readSharedOptions, sharedOptions} from '../../options/parse-command-args.js'
import {configFolderOf, createSettingsResolver} from '../../options/resolve-settings.js'
import {failureMessages} from '../../pipeline/failure-messages.js'
import {parseInput} from '../../pipeline/parse-input.js'
import {formatReportChunks, type CheckedFile} from '../../terminal/format-report.js'
import {keepShownMessages} from '../../terminal/keep-shown-messages.js'
import {reportUsage} from '../../terminal/report-usage.js'
import {wantsColor} from '../../terminal/wants-color.js'
import {checkHelp} from './check-help.js'
import {formatReportJsonChunks} from './format-report-json.js'

export {checkHelp} from './check-help.js'

/** Report formats `--report` accepts. */
const reportFormats = ['human', 'json'] as const

/**
 * Check every input named in `argv` (standard input when none) and report; returns the exit
 * code. Each input is read with the settings of its nearest config file, flags on top.
 *
 * The human report goes to stderr (messages), the JSON report to stdout (data). What the
 * report shows (`--silent`, `--min-severity`, `--quiet`) never changes the exit code: an
 * error, or a warning under `--frail`, fails the run even when hidden.
 */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    report: {type: 'string', default: 'human'},
    frail: {type: 'boolean', default: false},
    strict: {type: 'boolean', default: false},
    silent: {type: 'boolean', default: false},
    quiet: {type: 'boolean', short: 'q', default: false},
    'min-severity': {type: 'string', default: 'info'},
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
  const minimum = severities.find((name) => name === values['min-severity'])
  if (minimum === undefined) {
    return reportUsage(io, 'check', `expected \`--min-severity\` to be ${severities.join(', ')}, got \`${values['min-severity']}\``)
  }
  const shared = readSharedOptions(values)
  if ('problem' in shared) return reportUsage(io, 'check', shared.problem)
  const settingsOf = createSettingsResolver(shared.config, {rules: shared.rules, maxSize: shared.maxSize, to: null}, io.cwd)

  const checked: CheckedFile[] = []
  let failed = false
  // Standard input and NDJSON lines are capped by the config of the current folder.
  const listing = await settingsOf(io.cwd)
  if ('problem' in listing) return reportUsage(io, 'check', listing.problem)
  const listed = await listInputs(positionals, io, {from: null, maxSize: listing.maxSize})
  for await (const {source} of listed.sources) {
    const settings = await settingsOf(configFolderOf(source, io.cwd))
    if ('problem' in settings) return reportUsage(io, 'check', settings.problem)
    const loaded = notArticle(source) ?? loadInput(source, settings)
    if ('failure' in loaded) {
      failed = true
      checked.push({path: source.shown, messages: failureMessages(loaded.failure)})
      continue
    }
    const {messages} = parseInput(loaded.file, settings)
    checked.push({path: source.shown, messages})
  }

  const shown = keepShownMessages(checked, values.silent ? 'error' : minimum)
  // Written piece by piece: a report can be far larger than the articles it is on.
  if (format === 'json') await writePieces(io, 'stdout', formatReportJsonChunks(shown, values.quiet))
  else await writePieces(io, 'stderr', formatReportChunks(shown, {color: wantsColor(io, 'stderr'), quiet: values.quiet}))

  const all = checked.flatMap((file) => file.messages)
  const errors = all.some((message) => severityOf(message.fatal) === 'error')
  const warnings = all.some((message) => severityOf(message.fatal) === 'warning')
  const frail = values.frail || values.strict
  return failed || errors || (frail && warnings) ? exitCodes.failed : exitCodes.ok
}

/** The failure of election data given to `check`, which reads articles only; null for an article. */
function notArticle(source: InputSource): {failure: InputFailure} | null {
  if (source.kind === 'failed' || source.content === 'article') return null
  const reason = `Expected an article, got election data (\`${source.content}\`); \`wikitally show\` shows it`
  return {failure: {file: source.shown, ruleId: inputRuleIds.notArticle, reason}}
}
