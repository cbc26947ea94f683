/**
 * Entry point of a batch worker thread: converts the tasks of each message it is sent, one
 * after the other, and answers with one message holding their results.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {BatchResult, BatchSettings, BatchTask} from './batch-task.js'
import {convertInput} from './convert-input.js'

const port = parentPort
if (port === null) throw new Error('Expected to run in a worker thread')
// The pool passes the run's settings as `workerData`; they are built by `convert` itself.
const settings = workerData as BatchSettings
port.on('message', (tasks: BatchTask[]) => {
  void convertAll(tasks).then((results) => {
    port.postMessage(results)
  })
})

/** Convert `tasks` in order; `convertInput` never throws. */
async function convertAll(tasks: readonly BatchTask[]): Promise<BatchResult[]> {
  const results: BatchResult[] = []
  for (const task of tasks) results.push(await convertInput(task, settings))
  return results
}
