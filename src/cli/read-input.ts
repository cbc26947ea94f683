/**
 * Reading one input of a command into a vfile, or a file carrying the reason it failed.
 */
import {open} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {report} from '../model/report.js'
import type {RuleId} from '../model/rule-registry.js'
import {checkInputSize, defaultMaxSize} from '../parse/check-input-size.js'
import type {Io} from './io.js'

/** Argument that means standard input. */
export const stdinArgument = '-'

/** Path shown for standard input. */
export const stdinPath = '<stdin>'

/** Rule id of the message on an input that could not be read. */
export const unreadableRuleId: RuleId = 'file-unreadable'

/** Options of {@link readInput}. */
export interface ReadInputOptions {
  /** Largest input read, in bytes (default `defaultMaxSize`, 8 MiB). */
  maxSize?: number | undefined
}

/**
 * Read `input` (an absolute path, or `-` for stdin) into a vfile whose path is relative to
 * `io.cwd` and whose value is the input's bytes: `parseElection` decodes them, reporting
 * ill-formed UTF-8 with its place.
 *
 * A failure is not thrown: the file comes back empty and not `readable`, with one `error`
 * message naming the system's reason (`file-unreadable`), or `input-too-large` for a file
 * larger than `maxSize`, which is refused before it is read.
 */
export async function readInput(
  input: string,
  io: Io,
  options?: ReadInputOptions
): Promise<{file: VFile; readable: boolean}> {
  const shown = input === stdinArgument ? stdinPath : path.relative(io.cwd, input) || input
  const maxSize = options?.maxSize ?? defaultMaxSize
  let read: {bytes: Uint8Array} | {size: number}
  try {
    read = input === stdinArgument ? {bytes: await io.readStdin()} : await readFileUpTo(input, maxSize)
  } catch (error) {
    return {file: unreadable(shown, error instanceof Error ? error.message : String(error)), readable: false}
  }
  const file = new VFile({path: shown})
  if (!checkInputSize(file, 'size' in read ? read.size : read.bytes.byteLength, maxSize) || 'size' in read) {
    return {file, readable: false}
  }
  file.value = read.bytes
  return {file, readable: true}
}

/** An empty file at `shown` with an error message saying why it could not be read. */
export function unreadable(shown: string, reason: string): VFile {
  const file = new VFile({path: shown})
  report(file, `Expected a readable file, got \`${reason}\``, undefined, unreadableRuleId)
  return file
}

/** The bytes of the file at `filePath`, or only its size when that is over `maxSize`. */
async function readFileUpTo(filePath: string, maxSize: number): Promise<{bytes: Uint8Array} | {size: number}> {
  const handle = await open(filePath, 'r')
  try {
    const {size} = await handle.stat()
    return size > maxSize ? {size} : {bytes: await handle.readFile()}
  } finally {
    await handle.close()
  }
}
