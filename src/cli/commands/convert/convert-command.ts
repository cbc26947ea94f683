/**
 * `wikitally convert`: articles in, election data out, one or thousands at a time.
 */
import path from 'node:path'
import type {Election} from '../../../model/election.js'
import type {BatchSettings} from '../../batch/batch-task.js'
import {chooseJobs, fixedJobs} from '../../batch/choose-jobs.js'
import {combineChunks, type WriteText} from '../../batch/combine-chunks.js'
import {formatSummary} from '../../batch/format-summary.js'
import {readMachineShare} from '../../batch/read-machine-share.js'
import {runBatch, type BatchOutcome} from '../../batch/run-batch.js'
import {estimateBytes} from '../../inputs/estimate-bytes.js'
import {inputKindOf, isDataKind} from '../../inputs/input-kind.js'
import {listInputs} from '../../inputs/list-inputs.js'
import {exitCodes, writePieces, type Io} from '../../io.js'
import {configFolderOfArgument, createSettingsResolver} from '../../options/resolve-settings.js'
import {makeFolder} from '../../outputs/make-folder.js'
import {openOutput, writeOutput} from '../../outputs/open-output.js'
import {removeTemporaryFiles} from '../../outputs/remove-temporary-files.js'
import {randomId} from '../../outputs/temporary-path-for.js'
import {reportUsage} from '../../terminal/report-usage.js'
import {workerEntry} from '../../worker-entry.js'
import {convertElections} from './convert-elections.js'
import {convertHelp} from './convert-help.js'
import {readConvertOptions, settleConvertOptions, type ConvertOptions} from './read-convert-options.js'
import {openDatabase} from './write-database.js'

export {convertHelp} from './convert-help.js'

/** Run `convert` with its arguments; returns the exit code. */
export async function convertCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = readConvertOptions(argv)
  if ('problem' in args) return reportUsage(io, 'convert', args.problem)
  if (args.help) {
    io.stdout(convertHelp)
    return exitCodes.ok
  }
  // One output, one config: the one that applies to the first input.
  const settingsOf = createSettingsResolver(args.config, {rules: args.rules, maxSize: args.maxSize, to: args.format}, io.cwd)
  const settings = await settingsOf(await configFolderOfArgument(args.inputs[0], io.cwd))
  if ('problem' in settings) return reportUsage(io, 'convert', settings.problem)
  const options = settleConvertOptions(args, settings)
  if ('problem' in options) return reportUsage(io, 'convert', options.problem)
  // Data files (a JSON list, a CSV table) may hold many elections each: they are read in
  // process, as is everything written as markdown. Articles and NDJSON records stream
  // through the batch.
  const dataInputs = options.inputs.length > 0 && options.inputs.every((input) => isDataKind(inputKindOf(input, options.from)))
  if (dataInputs || options.format === 'markdown') {
    if (options.outDir !== null) return reportUsage(io, 'convert', 'Expected --out-dir only for articles converted to json, yaml, csv, ndjson or gfm')
    return convertElections(options, io)
  }
  return convertInputs(options, io)
}

/**
 * Convert articles through the batch engine, to standard output, `-o` or `--out-dir`. For
 * `--to sqlite` (with `-o`, as option reading made sure), the batch writes each election as
 * an NDJSON line, read back and inserted into the database line by line; the database is
 * written whole once all are in.
 */
async function convertInputs(options: ConvertOptions, io: Io): Promise<number> {
  const database = options.format === 'sqlite' ? options.output : null
  const format = options.format === 'markdown' ? 'json' : options.format === 'sqlite' ? 'ndjson' : options.format
  const outDir = options.outDir === null ? null : path.resolve(io.cwd, options.outDir)
  // Made before anything is read: an `--out-dir` that cannot exist fails once, not per input.
  if (outDir !== null) await makeFolder(outDir)
  const listed = await listInputs(options.inputs, io, options)
  // Standard input is known to hold election data only once it is read: then it too is
  // read in process, where one input may hold many elections.
  if (outDir === null && listed.known?.some(({source}) => source.kind === 'text' && source.content !== 'article') === true) return convertElections(options, io, listed)
  const total = listed.total
  const settings: BatchSettings = {
    format,
    // One article alone is a document (one argument that names nothing too: it writes
    // nothing); a list stays a list whatever fails.
    mode: database === null && (outDir !== null || total === 1 || (total === 0 && listed.count === 1)) ? 'document' : 'item',
    raw: options.raw,
    rows: options.rows,
    rules: {...options.rules},
    maxSize: options.maxSize,
    quiet: options.quiet,
    outDir,
    runId: randomId()
  }
  const extent = {count: total, bytes: listed.known === null ? null : estimateBytes(listed.known)}
  const jobPlan = options.jobs === null ? chooseJobs(readMachineShare(), extent) : fixedJobs(options.jobs, extent)
  const output = options.output === null || database !== null ? null : await openOutput(path.resolve(io.cwd, options.output), settings.runId)
  // A database is written whole once all elections are in: each is read back from its NDJSON
  // line as soon as the line ends and inserted by the time the next one ends, so neither the
  // lines nor the elections are ever all held.
  const sqlite = database === null ? null : openDatabase(database, io, options.quiet, settings.runId)
  try {
    const fromNdjson = sqlite === null ? null : (await import('../../../serialize/from-ndjson.js')).fromNdjson
    let line = ''
    let waiting: Election[] = []
    const insertWaiting = async (): Promise<void> => {
      for (const election of waiting.splice(0)) await sqlite?.add(election)
    }
    const collect: WriteText = async (text) => {
      line += text
      // Only a line ends in a line break (JSON escapes those in strings). Not `line.endsWith`,
      // which would flatten the growing line at every piece.
      if (fromNdjson === null || !text.endsWith('\n')) return
      // The line's elections are inserted when the next line ends (or the batch does): by
      // then the batch has dropped the text of this one, which may be tens of megabytes.
      await insertWaiting()
      waiting = fromNdjson(line)
      line = ''
    }
    const write: WriteText = sqlite !== null ? collect : output === null ? (text) => writePieces(io, 'stdout', [text]) : output.write
    const csvHeader = format === 'csv' ? (await import('../../../serialize/to-csv.js')).toCsv([], {raw: options.raw, rows: options.rows}) : ''
    let outcome: BatchOutcome
    try {
      outcome = await runBatch({
        inputs: listed.sources,
        total,
        settings,
        ...jobPlan,
        combiner: combineChunks(format, settings.mode, write, csvHeader),
        worker: workerEntry(),
        progress: io.stderrIsTty && !options.quiet,
        now: () => performance.now(),
        // Records in, records out: a record that fails keeps its line (unless --errors takes it).
        errorLines: options.from === 'ndjson' && options.format === 'ndjson' && options.errors === null
      }, io)
      // A document whose one input failed has nothing to say: no file, not an empty one.
      const nothingWritten = settings.mode === 'document' && outcome.tally.failed === outcome.tally.done
      await (nothingWritten || outcome.stopped ? output?.discard() : output?.commit())
    } catch (error) {
      await output?.discard()
      throw error
    }
    if (outcome.stopped) {
      if (outDir !== null) await removeTemporaryFiles(outDir, settings.runId)
      return exitCodes.stopped
    }
    await insertWaiting()
    await sqlite?.write()
    const failures = outcome.failures
    if (options.errors !== null) await writeOutput(path.resolve(io.cwd, options.errors), JSON.stringify(failures, null, 2) + '\n', settings.runId)
    if (!options.quiet && isBatch(options, total)) io.stderr(formatSummary(outcome.tally))
    return failures.length > 0 ? exitCodes.failed : exitCodes.ok
  } finally {
    await sqlite?.close()
  }
}

/** Whether the run is a batch, which ends with a summary line: more than one input, or a stream. */
function isBatch(options: ConvertOptions, total: number | null): boolean {
  return total === null || total > 1 || options.outDir !== null
}
