/**
 * How many conversions `convert` runs at once when `--jobs` is not given, and where.
 */

/** What the machine gives a run. */
export interface MachineShare {
  /** Cores the process may use: `os.availableParallelism()`, lowered by a cgroup CPU quota. */
  cores: number
  /** Cores' worth of work already running: the one-minute load average (0 where unknown). */
  load: number
}

/** What a batch holds, as far as is known before it runs. */
export interface BatchExtent {
  /** Inputs, or null for a stream. */
  count: number | null
  /** Bytes of all inputs (estimated from a sample of files), or null for a stream. */
  bytes: number | null
}

/** How a batch is run. */
export interface JobPlan {
  /** Conversions at once. */
  jobs: number
  /** Whether the one job runs in the main thread rather than in a worker thread. */
  inThread: boolean
}

/**
 * Bytes of articles a worker must get to pay for itself. Each worker thread loads the
 * converter and warms its compiler up on its own: measured at about 0.4 s of CPU, the time
 * of converting 1.5 MB. Below 8 MiB per worker, a second worker gains little wall time on
 * an idle machine and costs CPU on a busy one.
 */
export const bytesPerWorker = 8 * 1024 * 1024

/**
 * Batches up to this size convert in the main thread, whose heap is not capped; larger ones
 * (and streams, whose size is unknown) in at least one worker with a capped heap, so that
 * memory stays flat over tens of thousands of articles (main thread: 185 MiB at 20,000
 * articles; one worker: 156 MiB).
 */
export const inThreadBytes = 32 * 1024 * 1024

/**
 * The default plan: as many workers as there are idle cores (cores less the load, at least
 * one), no more than the inputs and their bytes keep busy ({@link bytesPerWorker}), so the
 * default is never slower than one job.
 */
export function chooseJobs(machine: MachineShare, extent: BatchExtent): JobPlan {
  const idle = Math.max(1, Math.min(machine.cores, Math.round(machine.cores - machine.load)))
  const byCount = extent.count ?? Number.POSITIVE_INFINITY
  const byBytes = extent.bytes === null ? Number.POSITIVE_INFINITY : Math.max(1, Math.floor(extent.bytes / bytesPerWorker))
  const jobs = Math.max(1, Math.min(idle, byCount, byBytes))
  return {jobs, inThread: jobs === 1 && runsInThread(extent)}
}

/**
 * The plan for `--jobs N`: N at once, one in the main thread only when the batch is small
 * enough (see {@link inThreadBytes}).
 */
export function fixedJobs(jobs: number, extent: BatchExtent): JobPlan {
  const count = extent.count ?? jobs
  const capped = Math.max(1, Math.min(jobs, count))
  return {jobs: capped, inThread: capped === 1 && runsInThread(extent)}
}

function runsInThread(extent: BatchExtent): boolean {
  return extent.bytes !== null && extent.bytes <= inThreadBytes
}
