/**
 * Reading one input of a command into a vfile, or a file carrying the reason it failed.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {report} from '../model/report.js'
import type {Io} from './io.js'

/** Argument that means standard input. */
export const stdinArgument = '-'

/** Path shown for standard input. */
export const stdinPath = '<stdin>'

/** Rule id of the message on an input that could not be read. */
export const unreadableRuleId = 'file-unreadable'

/**
 * Read `input` (an absolute path, or `-` for stdin) into a vfile whose path is relative to
 * `io.cwd`. A read failure is not thrown: the file comes back empty with one `error`
 * message naming the system's reason.
 */
export async function readInput(input: string, io: Io): Promise<{file: VFile; readable: boolean}> {
  const shown = input === stdinArgument ? stdinPath : path.relative(io.cwd, input) || input
  try {
    const bytes = input === stdinArgument ? await io.readStdin() : await readFile(input)
    return {file: new VFile({path: shown, value: new TextDecoder().decode(bytes)}), readable: true}
  } catch (error) {
    return {file: unreadable(shown, error instanceof Error ? error.message : String(error)), readable: false}
  }
}

/** An empty file at `shown` with an error message saying why it could not be read. */
export function unreadable(shown: string, reason: string): VFile {
  const file = new VFile({path: shown})
  report(file, `Expected a readable file, got \`${reason}\``, undefined, unreadableRuleId, 'error')
  return file
}
