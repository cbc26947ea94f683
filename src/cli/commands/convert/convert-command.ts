/**
 * `wikitally convert`: articles in, election data out, one or thousands at a time.
 */
import path from 'node:path'
import type {BatchFormat, BatchSettings, ChunkMode} from '../../batch/batch-task.js'
import {chooseJobs, fixedJobs} from '../../batch/choose-jobs.js'
import {combineChunks, type ChunkCombiner, type WriteText} from '../../batch/combine-chunks.js'
import {formatSummary} from '../../batch/format-summary.js'
import {readMachineShare} from '../../batch/read-machine-share.js'
import {runBatch, type BatchOutcome} from '../../batch/run-batch.js'
import {dataFormatOf} from '../../inputs/data-format-of.js'
import {estimateBytes} from '../../inputs/estimate-bytes.js'
import {listInputs} from '../../inputs/list-inputs.js'
import {exitCodes, type Io} from '../../io.js'
import {configFolderOfArgument, createSettingsResolver} from '../../options/resolve-settings.js'
import {openAtomicOutput} from '../../outputs/open-atomic-output.js'
import {writeFileAtomic} from '../../outputs/write-file-atomic.js'
import {reportUsage} from '../../terminal/report-usage.js'
import {workerEntry} from '../../worker-entry.js'
import {convertElections} from './convert-elections.js'
import {convertHelp} from './convert-help.js'
import {readConvertOptions, settleConvertOptions, type ConvertOptions} from './read-convert-options.js'
import {writeDatabase} from './write-database.js'

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
  const dataInputs = options.from === 'json' || options.from === 'yaml' || options.from === 'csv' || options.from === 'sqlite' ||
    (options.from === null && options.inputs.length > 0 && options.inputs.every((input) => dataFormatOf(input) !== null))
  if (dataInputs || options.format === 'markdown') {
    if (options.outDir !== null) return reportUsage(io, 'convert', 'Expected --out-dir only for articles converted to json, yaml, csv, ndjson or gfm')
    if (options.from === 'ndjson') return reportUsage(io, 'convert', 'Expected --from ndjson only with --to json, yaml, csv, ndjson, gfm or sqlite')
    return convertElections(options, io)
  }
  // settleConvertOptions has made sure that --to sqlite comes with -o.
  if (options.format === 'sqlite') return convertToDatabase(options, options.output ?? '', io)
  return convertArticles(options, io, options.format)
}

/**
 * Convert articles into one SQLite database at `output`: the batch writes each election as
 * an NDJSON line, which is read back here once all are in (a database is written whole).
 */
async function convertToDatabase(options: ConvertOptions, output: string, io: Io): Promise<number> {
  let lines = ''
  const collect: ChunkCombiner = {
    async add(chunk, baseId) {
      lines += chunk
      return baseId
    },
    async finish() {}
  }
  const outcome = await runArticles(options, io, 'ndjson', () => collect, 'item')
  const {fromNdjson} = await import('../../../serialize/from-ndjson.js')
  await writeDatabase(fromNdjson(lines), output, io, options.quiet)
  return finishArticles(options, io, outcome)
}

/** Convert articles through the batch engine, to standard output, `-o` or `--out-dir`. */
async function convertArticles(options: ConvertOptions, io: Io, format: BatchFormat): Promise<number> {
  const output = options.output === null ? null : await openAtomicOutput(path.resolve(io.cwd, options.output))
  const write: WriteText = output === null ? io.stdout : output.write
  const csvHeader = format === 'csv' ? (await import('../../../serialize/to-csv.js')).toCsv([], {raw: options.raw, rows: options.rows}) : ''
  let outcome: BatchOutcome
  try {
    outcome = await runArticles(options, io, format, (mode) => combineChunks(format, mode, write, csvHeader))
    await output?.commit()
  } catch (error) {
    await output?.discard()
    throw error
  }
  return finishArticles(options, io, outcome)
}

/**
 * Run the batch over the article inputs of `options`, each election written in `format`
 * to the combiner `combinerFor` gives for the chunk mode: `mode` if given, else a document
 * for one input and list items for several.
 */
async function runArticles(
  options: ConvertOptions,
  io: Io,
  format: BatchFormat,
  combinerFor: (mode: ChunkMode) => ChunkCombiner,
  mode?: ChunkMode
): Promise<BatchOutcome> {
  const listed = await listInputs(options.inputs, io, {records: options.from === 'ndjson'})
  const total = listed.total
  const settings: BatchSettings = {
    format,
    // One article alone is a document; a list stays a list whatever fails.
    mode: mode ?? (options.outDir !== null || total === 1 ? 'document' : 'item'),
    raw: options.raw,
    rows: options.rows,
    rules: {...options.rules},
    maxSize: options.maxSize,
    quiet: options.quiet
  }
  const extent = {count: total, bytes: Array.isArray(listed.sources) ? estimateBytes(listed.sources) : null}
  const jobPlan = options.jobs === null ? chooseJobs(readMachineShare(), extent) : fixedJobs(options.jobs, extent)
  return runBatch({
    inputs: listed.sources,
    total,
    settings,
    ...jobPlan,
    outDir: options.outDir === null ? null : path.resolve(io.cwd, options.outDir),
    combiner: combinerFor(settings.mode),
    worker: workerEntry(),
    progress: io.stderrIsTty && !options.quiet,
    now: () => performance.now(),
    // Records in, records out: a record that fails keeps its line (unless --errors takes it).
    errorLines: options.from === 'ndjson' && format === 'ndjson' && options.format === 'ndjson' && options.errors === null
  }, io)
}

/** Write `--errors` and the summary line of a batch; the exit code. */
async function finishArticles(options: ConvertOptions, io: Io, outcome: BatchOutcome): Promise<number> {
  const total = outcome.tally.total
  const failures = outcome.failures
  if (options.errors !== null) await writeFileAtomic(path.resolve(io.cwd, options.errors), JSON.stringify(failures, null, 2) + '\n')
  if (!options.quiet && isBatch(options, total)) io.stderr(formatSummary(outcome.tally))
  return failures.length > 0 ? exitCodes.failed : exitCodes.ok
}

/** Whether the run is a batch, which ends with a summary line: more than one input, or a stream. */
function isBatch(options: ConvertOptions, total: number | null): boolean {
  return total === null || total > 1 || options.outDir !== null
}
