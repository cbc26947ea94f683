/**
 * Entry point of a batch worker thread: converts the tasks it is sent, one result per task.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {BatchSettings, BatchTask} from './batch-task.js'
import {convertInput} from './convert-input.js'

const port = parentPort
if (port === null) throw new Error('Expected to run in a worker thread')
// The pool passes the run's settings as `workerData`; they are built by `convert` itself.
const settings = workerData as BatchSettings
port.on('message', (task: BatchTask) => {
  void convertInput(task, settings).then((result) => {
    port.postMessage(result)
  })
})
