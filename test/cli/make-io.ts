/**
 * An `Io` for command tests: collects output, serves fixed stdin.
 */
import type {Io} from '../../src/cli/io.js'

/** An io plus what the command wrote. */
export interface TestIo {
  /** Pass this to the command. */
  io: Io
  /** Everything written to stdout. */
  stdout: () => string
  /** Everything written to stderr. */
  stderr: () => string
}

/** Make an io rooted at `cwd`; `options` override terminal flags, env and stdin. */
export function makeIo(cwd: string, options: Partial<Pick<Io, 'env' | 'stdoutIsTty' | 'stderrIsTty'>> & {stdin?: string} = {}): TestIo {
  const out: string[] = []
  const err: string[] = []
  const io: Io = {
    stdout: (chunk) => {
      out.push(chunk)
    },
    stderr: (chunk) => {
      err.push(chunk)
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    cwd,
    env: options.env ?? {},
    stdoutIsTty: options.stdoutIsTty ?? false,
    stderrIsTty: options.stderrIsTty ?? false
  }
  return {io, stdout: () => out.join(''), stderr: () => err.join('')}
}
