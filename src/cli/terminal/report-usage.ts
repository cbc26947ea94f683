/**
 * Telling the user a command was called the wrong way.
 */
import {exitCodes, type Io} from '../io.js'
import {printable} from './printable.js'

/**
 * Write `wikitally COMMAND: problem` and where to find the command's help to standard
 * error; returns the usage exit code.
 */
export function reportUsage(io: Io, command: string, problem: string): number {
  io.stderr(`wikitally ${command}: ${printable(problem)}\nSee \`wikitally ${command} --help\`.\n`)
  return exitCodes.usage
}
