/**
 * `wikitally check [FILE|DIR|-]...`: report every article's internal consistency.
 */
import {parseElection} from '../parse-election.js'
import type {Io} from './io.js'
import {runCheck} from './run-check.js'

export {checkHelp} from './check-help.js'

/** Run `wikitally check` with its own arguments `argv`; returns the exit code. */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  return runCheck(argv, io, parseElection)
}
