/**
 * `wikitally convert`: articles in, election data out, one or thousands at a time.
 */
import path from 'node:path'
import type {BatchSettings} from './batch/batch-task.js'
import {chooseJobs, fixedJobs} from './batch/choose-jobs.js'
import {combineChunks, type WriteText} from './batch/combine-chunks.js'
import {estimateBytes} from './batch/estimate-bytes.js'
import {formatSummary} from './batch/format-summary.js'
import {listArticleInputs} from './batch/list-article-inputs.js'
import {listNdjsonInputs} from './batch/list-ndjson-inputs.js'
import {openAtomicOutput} from './batch/open-atomic-output.js'
import {readConvertOptions, type ConvertOptions} from './batch/read-convert-options.js'
import {readMachineShare} from './batch/read-machine-share.js'
import {runBatch, type BatchOutcome, type WorkerEntry} from './batch/run-batch.js'
import {writeFileAtomic} from './batch/write-file-atomic.js'
import {convertHelp} from './convert-help.js'
import {convertElections, dataFormatOf} from './convert-elections.js'
import {exitCodes, type Io} from './io.js'

/**
 * The batch worker beside this module: `dist/cli/batch/batch-worker.js` both in the `tsc`
 * output and next to the bundled `dist/cli/bin.js`. From the TypeScript sources (tests) the
 * worker is the `.ts` file, loaded through tsx, a development dependency.
 */
export function workerEntry(): WorkerEntry {
  if (!import.meta.url.endsWith('.ts')) return new URL('./batch/batch-worker.js', import.meta.url)
  const source = JSON.stringify(new URL('./batch/batch-worker.ts', import.meta.url).href)
  return {code: `import('tsx/esm/api').then(({register}) => { register(); return import(${source}) })`}
}

/** Run `convert` with its arguments; returns the exit code. */
export async function convertCommand(argv: readonly string[], io: Io): Promise<number> {
  const options = readConvertOptions(argv)
  if ('problem' in options) return usage(io, options.problem)
  if (options.help) {
    io.stdout(convertHelp)
    return exitCodes.ok
  }
  const dataInputs = options.from === 'json' || options.from === 'yaml' || options.from === 'csv' ||
    (options.from === null && options.inputs.length > 0 && options.inputs.every((input) => dataFormatOf(input) !== null))
  if (dataInputs || options.format === 'markdown') {
    if (options.outDir !== null) return usage(io, 'Expected --out-dir only for articles converted to json, yaml, csv or ndjson')
    if (options.from === 'ndjson') return usage(io, 'Expected --from ndjson only with --to json, yaml, csv or ndjson')
    const from = options.from ?? 'article'
    const {output, raw, rules, quiet} = options
    return convertElections({inputs: options.inputs, from, to: options.format, output, raw, rules, quiet}, io)
  }
  const format = options.format
  const listed = options.from === 'ndjson' ? null : await listArticleInputs(options.inputs, io)
  for (const problem of listed?.problems ?? []) {
    io.stderr(`${problem.path}: error: Expected a readable file or folder, got \`${problem.reason}\`\n`)
  }
  const total = listed === null ? null : listed.sources.length
  const settings: BatchSettings = {
    format,
    // One article alone is a document; a list stays a list whatever fails.
    mode: options.outDir !== null || total === 1 ? 'document' : 'item',
    raw: options.raw,
    rules: {...options.rules},
    maxSize: options.maxSize,
    quiet: options.quiet
  }
  const extent = {count: total, bytes: listed === null ? null : estimateBytes(listed.sources)}
  const jobPlan = options.jobs === null ? chooseJobs(readMachineShare(), extent) : fixedJobs(options.jobs, extent)
  const output = options.output === null ? null : await openAtomicOutput(path.resolve(io.cwd, options.output))
  const write: WriteText = output === null ? io.stdout : output.write
  const csvHeader = format === 'csv' ? (await import('../serialize/to-csv.js')).toCsv([], {raw: options.raw}) : ''
  let outcome: BatchOutcome
  try {
    outcome = await runBatch({
      inputs: listed === null ? listNdjsonInputs(options.inputs, io) : listed.sources,
      total,
      settings,
      ...jobPlan,
      outDir: options.outDir === null ? null : path.resolve(io.cwd, options.outDir),
      combiner: combineChunks(format, settings.mode, write, csvHeader),
      worker: workerEntry(),
      progress: io.stderrIsTty && !options.quiet,
      now: () => performance.now()
    }, io)
    await output?.commit()
  } catch (error) {
    await output?.discard()
    throw error
  }
  const pathFailures = (listed?.problems ?? []).map((problem) => ({
    file: problem.path,
    ruleId: 'file-unreadable',
    reason: `Expected a readable file or folder, got \`${problem.reason}\``
  }))
  const failures = [...pathFailures, ...outcome.failures]
  if (options.errors !== null) await writeFileAtomic(path.resolve(io.cwd, options.errors), JSON.stringify(failures, null, 2) + '\n')
  if (!options.quiet && isBatch(options, total)) io.stderr(formatSummary({...outcome.tally, failed: failures.length}))
  return failures.length > 0 ? exitCodes.failed : exitCodes.ok
}

/** Whether the run is a batch, which ends with a summary line: more than one input, or a stream. */
function isBatch(options: ConvertOptions, total: number | null): boolean {
  return total === null || total > 1 || options.outDir !== null
}

/** Print a usage problem; returns the usage exit code. */
function usage(io: Io, reason: string): number {
  io.stderr(`wikitally convert: ${reason}\nSee \`wikitally convert --help\`.\n`)
  return exitCodes.usage
}
