/**
 * `wikitally show FILE`: an election as a person reads it in a terminal.
 */
import {severityOf} from '../../../model/report.js'
import type {NamedSource} from '../../inputs/input-source.js'
import {listInputs} from '../../inputs/list-inputs.js'
import {loadInput} from '../../inputs/load-input.js'
import {exitCodes, type Io} from '../../io.js'
import {parseCommandArgs, readSharedOptions, sharedOptions} from '../../options/parse-command-args.js'
import {configFolderOf, createSettingsResolver} from '../../options/resolve-settings.js'
import {failureMessages} from '../../pipeline/failure-messages.js'
import {parseInput} from '../../pipeline/parse-input.js'
import {formatReport} from '../../terminal/format-report.js'
import {reportUsage} from '../../terminal/report-usage.js'
import {wantsColor} from '../../terminal/wants-color.js'
import {renderElection} from './render-election.js'
import {showHelp} from './show-help.js'

export {showHelp} from './show-help.js'

/**
 * Show the one input named in `argv`; returns the exit code.
 *
 * The view goes to stdout; an input that cannot be read is reported on stderr instead.
 */
export async function showCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    ...sharedOptions
  })
  if ('problem' in parsed) return reportUsage(io, 'show', parsed.problem)
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(showHelp)
    return exitCodes.ok
  }
  const shared = readSharedOptions(values)
  if ('problem' in shared) return reportUsage(io, 'show', shared.problem)
  if (positionals.length !== 1) return reportUsage(io, 'show', `expected one FILE or -, got ${positionals.length}`)

  const listed = await listInputs(positionals, io, {records: false})
  const sources: NamedSource[] = []
  for await (const named of listed.sources) sources.push(named)
  const [only, ...more] = sources
  if (only === undefined || more.length > 0) return reportUsage(io, 'show', `expected one FILE or -, got ${sources.length} files`)
  const settingsOf = createSettingsResolver(shared.config, {rules: shared.rules, maxSize: shared.maxSize, to: null}, io.cwd)
  const settings = await settingsOf(configFolderOf(only.source, io.cwd))
  if ('problem' in settings) return reportUsage(io, 'show', settings.problem)
  const loaded = loadInput(only.source, settings)
  if ('failure' in loaded) {
    io.stderr(formatReport([{path: only.source.shown, messages: failureMessages(loaded.failure)}], {color: wantsColor(io, 'stderr'), quiet: false}))
    return exitCodes.failed
  }
  const {election, messages} = parseInput(loaded.file, settings)
  io.stdout(renderElection(election, messages, wantsColor(io, 'stdout')))
  return messages.some((message) => severityOf(message.fatal) === 'error') ? exitCodes.failed : exitCodes.ok
}
