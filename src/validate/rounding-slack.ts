/**
 * How far a printed percentage may be from the exact share and still be right.
 */
import type {CandidateResult, Election} from '../model/election.js'
import {decimalsOf} from '../model/decimals-of.js'
import {printedPercent} from './printed-percent.js'

/**
 * Units of the last printed decimal a correct figure may be off: half a unit for rounding,
 * plus a twentieth for sources that round twice (Virginia 2004 prints 12864 / 396223 =
 * 3.2466 as `3.3%`, from 3.25).
 */
export const slackUnits = 0.55

/** Slack for binary floating point, on top of the printed rounding. */
export const floatSlack = 1e-9

/**
 * The rounding slack of `candidate`'s percentage: 0.55 of a unit of its last printed decimal
 * (`27.20` -> 0.0055).
 *
 * Falls back to the stored number's decimals (`27.2` -> 0.055), which is looser, never
 * stricter, than the printed precision.
 */
export function roundingSlack(election: Election, candidate: CandidateResult): number {
  const text = printedPercent(election, candidate) ?? candidate.percent ?? 0
  return slackUnits * 10 ** -decimalsOf(text)
}
