/**
 * What a command may touch of its process: tests pass strings and collect output.
 */

/** Where a command writes and what it reads. */
export interface Io {
  /** Data output. */
  stdout: (chunk: string) => void
  /** Messages for people. */
  stderr: (chunk: string) => void
  /** Reads all of standard input as bytes. */
  readStdin: () => Promise<Uint8Array>
  /** Standard input as it arrives, for long streams (`convert --from ndjson`); else `readStdin`. */
  stdinChunks?: () => AsyncIterable<Uint8Array>
  /** The current folder, for relative paths. */
  cwd: string
  /** Environment variables (`NO_COLOR`). */
  env: Record<string, string | undefined>
  /** Whether stdout is a terminal (colour, bars). */
  stdoutIsTty: boolean
  /** Whether stderr is a terminal (progress). */
  stderrIsTty: boolean
  /** Aborted when the user stops the run (SIGINT, SIGTERM): a command stops and cleans up. */
  signal?: AbortSignal
  /**
   * Resolves once `stream` can take more: a pipe whose reader lags keeps what it is given in
   * memory, so a long output waits for it between pieces. Absent (no waiting) in tests.
   */
  drain?: (stream: 'stdout' | 'stderr') => Promise<void>
}

/** Write `pieces` to `stream` of `io` one after the other, waiting for it to drain in between. */
export async function writePieces(io: Io, stream: 'stdout' | 'stderr', pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    io[stream](piece)
    await io.drain?.(stream)
  }
}

/** Exit codes: fine, an input failed, bad usage, stopped by a signal (128 + SIGINT's 2, as shells report it). */
export const exitCodes = {ok: 0, failed: 1, usage: 2, stopped: 130} as const

/** A command: its own arguments in, an exit code out. */
export type Command = (argv: readonly string[], io: Io) => Promise<number>
