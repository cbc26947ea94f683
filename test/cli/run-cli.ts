/**
 * Running the CLI in process in a folder, for tests that only need its outputs.
 */
import {run} from '../../src/cli/run.js'
import {makeIo} from './make-io.js'

/** What a run gave: the exit code and everything written. */
export interface CliResult {
  /** Exit code. */
  code: number
  /** Standard output. */
  stdout: string
  /** Standard error. */
  stderr: string
}

/** `wikitally ...argv` run from `cwd`, with `stdin` as standard input. */
export async function runCli(cwd: string, argv: readonly string[], stdin?: string): Promise<CliResult> {
  const made = makeIo(cwd, stdin === undefined ? {} : {stdin})
  const code = await run(argv, made.io)
  return {code, stdout: made.stdout(), stderr: made.stderr()}
}
