/**
 * `wikitally show FILE`: an election as a person reads it in a terminal.
 */
import {severityOf} from '../../../model/report.js'
import type {InputFailure, InputSource} from '../../inputs/input-source.js'
import {listInputs} from '../../inputs/list-inputs.js'
import {loadInput} from '../../inputs/load-input.js'
import {exitCodes, writePieces, type Io} from '../../io.js'
import {parseCommandArgs, readSharedOptions, sharedOptions} from '../../options/parse-command-args.js'
import {configFolderOf, createSettingsResolver, type InputSettings} from '../../options/resolve-settings.js'
import {failureMessages} from '../../pipeline/failure-messages.js'
import {parseInput} from '../../pipeline/parse-input.js'
import {readDataElections} from '../../pipeline/read-data-elections.js'
import {storedMessages} from '../../pipeline/stored-messages.js'
import {formatReport} from '../../terminal/format-report.js'
import {reportUsage} from '../../terminal/report-usage.js'
import {wantsColor} from '../../terminal/wants-color.js'
import {renderElectionChunks} from './render-election.js'
import {showHelp} from './show-help.js'

export {showHelp} from './show-help.js'

/**
 * Show the elections of the one FILE (or `-`) named in `argv`; returns the exit code.
 *
 * An article shows its election; election data (JSON, YAML, CSV, NDJSON) shows each of its
 * elections with the messages stored in it, never a data file misread as an article. The
 * views go to stdout, one after the other; an input that cannot be read is reported on
 * stderr instead, and the exit code is then 1.
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

  const settingsOf = createSettingsResolver(shared.config, {rules: shared.rules, maxSize: shared.maxSize, to: null}, io.cwd)
  // Standard input and NDJSON lines are capped by the config of the current folder.
  const listing = await settingsOf(io.cwd)
  if ('problem' in listing) return reportUsage(io, 'show', listing.problem)
  const listed = await listInputs(positionals, io, {from: null, maxSize: listing.maxSize})
  let failed = false
  let views = 0
  for await (const {source} of listed.sources) {
    const settings = await settingsOf(configFolderOf(source, io.cwd))
    if ('problem' in settings) return reportUsage(io, 'show', settings.problem)
    const shown = await showSource(source, settings, io)
    if (shown === null) failed = true
    else {
      failed ||= shown.failed
      views += shown.views
    }
  }
  return failed || views === 0 ? exitCodes.failed : exitCodes.ok
}

/**
 * Show the elections of one source; null when it could not be read (reported on stderr),
 * else how many were shown and whether one carries an error.
 */
async function showSource(source: InputSource, settings: InputSettings, io: Io): Promise<{views: number; failed: boolean} | null> {
  const color = wantsColor(io, 'stdout')
  const loaded = loadInput(source, settings)
  const elections = 'failure' in loaded || source.kind === 'failed' || source.content === 'article'
    ? null
    : await readDataElections(loaded.file, source.shown, source.content, false)
  const failure = 'failure' in loaded ? loaded.failure : elections === null ? null : Array.isArray(elections) ? noElection(elections, source.shown) : elections
  if (failure !== null) {
    io.stderr(formatReport([{path: source.shown, messages: failureMessages(failure)}], {color: wantsColor(io, 'stderr'), quiet: false}))
    return null
  }
  if ('failure' in loaded) return null
  const views = Array.isArray(elections)
    ? elections.map((election) => ({election, messages: storedMessages(election, source.shown)}))
    : [parseInput(loaded.file, settings)]
  // Several elections read as one article each would: separated by a blank line. Written
  // piece by piece: 100,000 candidates make 100,000 lines.
  for (const [index, {election, messages}] of views.entries()) {
    if (index > 0) io.stdout('\n')
    await writePieces(io, 'stdout', renderElectionChunks(election, messages, color))
  }
  const failed = views.some(({messages}) => messages.some((message) => severityOf(message.fatal) === 'error'))
  return {views: views.length, failed}
}

/** The failure of data that holds no election (`[]`), which would otherwise show nothing. */
function noElection(elections: readonly unknown[], shown: string): InputFailure | null {
  return elections.length > 0 ? null : {file: shown, ruleId: 'no-election', reason: 'Expected at least one election, got none'}
}
