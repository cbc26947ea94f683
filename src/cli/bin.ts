#!/usr/bin/env node
/**
 * The executable: the only module that touches `process`.
 */
import {once} from 'node:events'
import {exitCodes} from './io.js'
import {run} from './run.js'

const stdoutChunks: string[] = []

// SIGINT or SIGTERM asks the command to stop and clean up (no temporary file left); a
// second one stops at once. Standard input is closed, so a command waiting for it goes on.
const stop = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(exitCodes.stopped)
    stop.abort()
    process.stdin.destroy()
  })
}

// A reader that went away (`wikitally convert ... | head`) ends the output, without a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? exitCodes.ok)
})

// A promise rather than top-level await: the bundle is a CommonJS script, which V8 can cache.
void run(process.argv.slice(2), {
  stdout: (chunk) => {
    stdoutChunks.push(chunk)
    if (stdoutChunks.length > 64) flush()
  },
  stderr: (chunk) => {
    process.stderr.write(chunk)
  },
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  },
  stdinChunks: () => process.stdin,
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
  signal: stop.signal,
  drain: async (name) => {
    if (name === 'stdout') flush()
    const stream = name === 'stdout' ? process.stdout : process.stderr
    if (stream.writableNeedDrain) await once(stream, 'drain')
  }
}).then(finish)

/** End with `code`, the command's exit code. */
function finish(code: number): void {
  // Stopped: write nothing more, and do not wait for a pending read to end.
  if (code === exitCodes.stopped) process.exit(code)
  flush()
  process.exitCode = code
}

function flush(): void {
  if (stdoutChunks.length === 0) return
  process.stdout.write(stdoutChunks.join(''))
  stdoutChunks.length = 0
}
