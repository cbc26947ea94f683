#!/usr/bin/env node
/**
 * The executable: the only module that touches `process`.
 */
import {run} from './run.js'

const stdoutChunks: string[] = []

const code = await run(process.argv.slice(2), {
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
  stderrIsTty: process.stderr.isTTY === true
})
flush()
process.exitCode = code

function flush(): void {
  if (stdoutChunks.length === 0) return
  process.stdout.write(stdoutChunks.join(''))
  stdoutChunks.length = 0
}
