/**
 * `wikitally show FILE`: an election as a person reads it in a terminal.
 */
import {parseElection} from '../parse-election.js'
import type {Io} from './io.js'
import {runShow} from './run-show.js'

export {showHelp} from './show-help.js'

/** Run `wikitally show` with its own arguments `argv`; returns the exit code. */
export async function showCommand(argv: readonly string[], io: Io): Promise<number> {
  return runShow(argv, io, parseElection)
}
