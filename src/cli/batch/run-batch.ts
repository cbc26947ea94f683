/**
 * Running a batch: inputs to tasks, tasks through the converters, results out in order.
 */
import type {ResourceLimits} from 'node:worker_threads'
import type {Io} from '../io.js'
import type {WorkerEntry} from '../worker-entry.js'
import type {BatchTally} from './batch-tally.js'
import type {InputFailure, InputSource, NamedSource} from '../inputs/input-source.js'
import type {BatchResult, BatchSettings, BatchTask} from './batch-task.js'
import {claimOutputPath} from '../outputs/claim-output-path.js'
import type {ChunkCombiner} from './combine-chunks.js'
import {convertInput} from './convert-input.js'
import {createProgressReporter} from './create-progress-reporter.js'
import {safeRelativePath} from '../outputs/safe-relative-path.js'
import {formatErrorLine} from './format-error-line.js'
import {formatFailure} from '../terminal/format-failure.js'
import {formatRenamedId} from '../terminal/format-renamed-id.js'


/**
 * Heap limits of a worker. A young generation of 8 MB and an old one of 48 MB, instead of
 * V8's defaults (which grow with the machine's memory), keep two workers and the main thread
 * under 200 MiB of RSS over 20,000 articles (253 MiB without the old-generation cap). An
 * article too long for that heap is converted again in the main thread, whose heap is not
 * capped, so a long article is never refused for memory.
 */
const workerLimits = {maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48} as const

/** Extension of each input's own file under `--out-dir` (the report is markdown). */
const outputExtensions: Readonly<Record<BatchSettings['format'], string>> = {json: 'json', yaml: 'yaml', csv: 'csv', ndjson: 'ndjson', gfm: 'md'}

/** A batch to run. */
export interface BatchPlan {
  /** The inputs, in output order. */
  inputs: AsyncIterable<NamedSource> | Iterable<NamedSource>
  /** How many inputs there are, or null when unknown. */
  total: number | null
  /** Settings of every task. */
  settings: BatchSettings
  /** Conversions at once, each in a worker thread unless `inThread`. */
  jobs: number
  /** Whether the one job converts in this thread (a small batch: no worker to start). */
  inThread: boolean
  /** Receives the chunks of a combined output. */
  combiner: ChunkCombiner
  /** The worker module. */
  worker: WorkerEntry
  /** Whether to draw a progress bar on standard error. */
  progress: boolean
  /** Milliseconds from a fixed point (`performance.now`). */
  now: () => number
  /** Heap limits of each worker, for tests; {@link workerLimits} by default. */
  heapLimits?: ResourceLimits
  /**
   * Write a failed input as an error line in its place in the output (`formatErrorLine`),
   * so that an NDJSON stream keeps one line per record. Default `false`.
   */
  errorLines?: boolean
}

/** What a batch did. */
export interface BatchOutcome {
  /** Final counts. */
  tally: BatchTally
  /** Failures in input order. */
  failures: InputFailure[]
  /** Whether `io.signal` stopped the batch before its end (the output is then incomplete). */
  stopped: boolean
}

/**
 * Run `plan`: each input is converted (in `plan.jobs` workers, or in this thread) and its
 * election written in input order as soon as it is its turn, so neither the articles nor
 * their trees are ever all in memory. Messages go to `io.stderr` in the same order.
 */
export async function runBatch(plan: BatchPlan, io: Io): Promise<BatchOutcome> {
  const started = plan.now()
  const tally: BatchTally = {done: 0, total: plan.total, failed: 0, rows: 0, warnings: 0, elapsed: 0}
  const failures: InputFailure[] = []
  const reporter = createProgressReporter(io.stderr, plan.progress, plan.now)
  // Tasks in flight, by index, to retry one whose worker ran out of memory.
  const inFlight = new Map<number, BatchTask>()
  // Indexes of the tasks whose worker ran out of heap, to convert again in this thread.
  const outOfMemory = new Set<number>()
  const tasks = remember(toTasks(plan.inputs, plan.settings.outDir !== null, outputExtensions[plan.settings.format]), inFlight)
  // A small batch with one job is converted here: no worker to start, no messages to pass.
  // The main thread's heap is not capped, though, so a large one goes to a worker even with
  // one job (see `inThreadBytes`).
  // The worker pool (and `node:worker_threads`) is loaded only when used: a one-article run
  // starts faster without it.
  const results = !plan.inThread
    ? (await import('./map-ordered.js')).mapOrdered<BatchTask, BatchResult>(tasks, {
      jobs: plan.jobs,
      worker: plan.worker,
      workerData: plan.settings,
      resourceLimits: plan.heapLimits ?? workerLimits,
      crashed: (task, error) => {
        if ((error as Error & {code?: unknown}).code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory.add(task.index)
        return crashedResult(task, error)
      }
    })
    : convertInThread(tasks, plan.settings)
  reporter.update(tally)
  let stopped = false
  for await (const converted of results) {
    // Leaving the loop ends the results, which stops the workers.
    if (io.signal?.aborted === true) {
      stopped = true
      break
    }
    const task = inFlight.get(converted.index)
    inFlight.delete(converted.index)
    const result = task && outOfMemory.delete(converted.index) ? await convertInput(task, plan.settings, true) : converted
    for (const piece of typeof result.report === 'string' ? [result.report] : result.report) {
      reporter.message(piece)
      await io.drain?.('stderr')
    }
    tally.done++
    tally.rows += result.rows
    tally.warnings += result.warnings
    if (result.failure !== null) {
      const failure = withSourceId(result.failure, task?.source)
      tally.failed++
      failures.push(failure)
      reporter.message(formatFailure(failure))
      if (plan.errorLines === true) await plan.combiner.add(formatErrorLine(failure), '')
    } else if (result.chunk !== null) {
      const id = await plan.combiner.add(result.chunk, result.baseId)
      if (id !== result.baseId && !plan.settings.quiet) reporter.message(formatRenamedId(task?.source.shown ?? '', result.baseId, id))
    }
    tally.elapsed = plan.now() - started
    reporter.update(tally)
  }
  if (!stopped) await plan.combiner.finish()
  reporter.finish()
  tally.elapsed = plan.now() - started
  return {tally, failures, stopped}
}

/** `failure` naming the id of its NDJSON record, where the input is a record with one. */
function withSourceId(failure: InputFailure, source: InputSource | undefined): InputFailure {
  if (failure.sourceId !== undefined || source?.kind !== 'text' || source.sourceId === null) return failure
  return {...failure, sourceId: source.sourceId}
}

/** Number the inputs and, under `--out-dir`, give each its own file. */
async function* toTasks(inputs: AsyncIterable<NamedSource> | Iterable<NamedSource>, outDir: boolean, extension: string): AsyncGenerator<BatchTask> {
  const used = new Set<string>()
  let index = 0
  for await (const {source, relative} of inputs) {
    const outFile = outDir ? claimOutputPath(used, safeRelativePath(relative), extension) : null
    yield {index: index++, source, outFile}
  }
}

/** Yield `tasks`, keeping each in `inFlight` under its index until its result comes back. */
async function* remember(tasks: AsyncIterable<BatchTask>, inFlight: Map<number, BatchTask>): AsyncGenerator<BatchTask> {
  for await (const task of tasks) {
    inFlight.set(task.index, task)
    yield task
  }
}

/** Convert `tasks` one after the other in this thread. */
async function* convertInThread(tasks: AsyncIterable<BatchTask>, settings: BatchSettings): AsyncGenerator<BatchResult> {
  for await (const task of tasks) yield await convertInput(task, settings, true)
}

/** The result of a task whose worker died on it (out of memory, a crash in a dependency). */
function crashedResult(task: BatchTask, error: Error): BatchResult {
  const reason = `Expected to convert the input, got a stopped worker (\`${error.message}\`)`
  return {index: task.index, chunk: null, baseId: '', rows: 0, warnings: 0, failure: {file: task.source.shown, ruleId: 'internal-error', reason}, report: ''}
}
