/**
 * A pool of worker threads that maps tasks to results and gives them back in task order.
 */
import {Worker, type ResourceLimits} from 'node:worker_threads'

/** A task or result that knows its place: indices run from 0 without gaps. */
export interface Indexed {
  /** Position in the input order. */
  index: number
}

/** Options of {@link mapOrdered}. */
export interface MapOrderedOptions<Task extends Indexed, Result extends Indexed> {
  /** Worker threads to start (at least 1). */
  jobs: number
  /**
   * The worker's module, which answers each message (a list of tasks) with one message (the
   * list of their results); or `{code}`, a script run as the worker (to register a loader
   * before importing it).
   */
  worker: URL | {code: string}
  /** Passed to every worker as `workerData`. */
  workerData: unknown
  /** Heap limits of each worker. */
  resourceLimits: ResourceLimits
  /** The result of a task whose worker died before answering. */
  crashed: (task: Task, error: Error) => Result
}

/**
 * Tasks sent in one message. A message per article cost the main thread a wake-up and a
 * structured clone each, and the pool more system time than the conversions themselves.
 */
const tasksPerMessage = 16

/** Messages a worker holds at once, so it never waits for the next one. */
const messagesPerWorker = 2

/**
 * Results, one per task, waiting for their turn: bounds memory when one slow input holds up
 * the output while the other workers go on.
 */
const waitingPerWorker = 4 * tasksPerMessage

/**
 * Send each of `tasks` to one of `options.jobs` workers, {@link tasksPerMessage} to a
 * message, and yield the results in task order.
 *
 * Tasks are pulled only as workers free up and the output catches up, so a long input list
 * is never held whole. A worker that dies fails its tasks (`options.crashed`) and is replaced.
 * Workers are stopped when the results run out or the consumer stops early.
 */
export async function* mapOrdered<Task extends Indexed, Result extends Indexed>(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  options: MapOrderedOptions<Task, Result>
): AsyncGenerator<Result> {
  const iterator = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : toAsync(tasks[Symbol.iterator]())
  const held = new Map<Worker, Map<number, Task>>()
  const finished = new Map<number, Result>()
  let wake: (() => void) | null = null
  let next = 0
  let exhausted = false
  let broken: Error | null = null
  const settle = (result: Result) => {
    finished.set(result.index, result)
    wake?.()
  }
  const start = (): Worker => {
    const worker = options.worker instanceof URL
      ? new Worker(options.worker, {workerData: options.workerData, resourceLimits: options.resourceLimits})
      : new Worker(options.worker.code, {workerData: options.workerData, resourceLimits: options.resourceLimits, eval: true})
    held.set(worker, new Map())
    let answered = false
    worker.on('message', (results: Result[]) => {
      answered = true
      for (const result of results) {
        held.get(worker)?.delete(result.index)
        settle(result)
      }
    })
    const fail = (error: Error) => {
      const tasksOfWorker = held.get(worker)
      if (tasksOfWorker === undefined) return
      held.delete(worker)
      for (const task of tasksOfWorker.values()) settle(options.crashed(task, error))
      // A worker that died idle before its first answer cannot start at all: replacing it
      // would loop. One that died on a task was killed by that input: the next may be fine.
      if (answered || tasksOfWorker.size > 0) start()
      else broken = error
      wake?.()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`worker stopped with exit code ${code}`)))
    return worker
  }
  for (let count = 0; count < Math.max(1, options.jobs); count++) start()
  const capacity = held.size * messagesPerWorker * tasksPerMessage
  const window = held.size * waitingPerWorker
  try {
    for (;;) {
      if (held.size === 0 && broken !== null) throw broken
      while (!exhausted) {
        const inFlight = [...held.values()].reduce((sum, map) => sum + map.size, 0)
        if (inFlight + tasksPerMessage > capacity || inFlight + finished.size + tasksPerMessage > window) break
        const batch: Task[] = []
        while (batch.length < tasksPerMessage) {
          const step = await iterator.next()
          if (step.done === true) {
            exhausted = true
            break
          }
          batch.push(step.value)
        }
        if (batch.length === 0) break
        const [worker, tasksOfWorker] = leastBusy(held)
        for (const task of batch) tasksOfWorker.set(task.index, task)
        worker.postMessage(batch)
      }
      const result = finished.get(next)
      if (result !== undefined) {
        finished.delete(next)
        next++
        yield result
        continue
      }
      if (exhausted && [...held.values()].every((map) => map.size === 0) && finished.size === 0) return
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = null
    }
  } finally {
    const workers = [...held.keys()]
    held.clear()
    await Promise.all(workers.map((worker) => worker.terminate()))
    await iterator.return?.()
  }
}

/** The worker holding the fewest tasks. */
function leastBusy<Task>(held: Map<Worker, Map<number, Task>>): [Worker, Map<number, Task>] {
  let best: [Worker, Map<number, Task>] | undefined
  for (const entry of held) if (best === undefined || entry[1].size < best[1].size) best = entry
  if (best === undefined) throw new Error('Expected at least one worker')
  return best
}

/** An async iterator over a sync one. */
async function* toAsync<Item>(iterator: Iterator<Item>): AsyncGenerator<Item> {
  for (let step = iterator.next(); step.done !== true; step = iterator.next()) yield step.value
}
