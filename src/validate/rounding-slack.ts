/**
 * The rounding slack of a printed percentage.
 */
import type {CandidateResult, Election} from '../model/election.js'
import {decimalsOf} from './decimals-of.js'
import {printedPercent} from './printed-percent.js'

/**
 * Half a unit of the last printed decimal of `candidate`'s percentage (`27.20` -> 0.005).
 *
 * Falls back to the stored number's decimals (`27.2` -> 0.05), which is looser, never
 * stricter, than the printed precision.
 */
export function halfUnit(election: Election, candidate: CandidateResult): number {
  const text = printedPercent(election, candidate) ?? candidate.percent ?? 0
  return 0.5 * 10 ** -decimalsOf(text)
}
