/**
 * Rule `delegates-breakdown-mismatch`: delegates split by kind do not add up to their total.
 */
import type {VFile} from 'vfile'
import type {CandidateResult, Election} from '../model/election.js'
import {findInfoboxEntry} from './find-infobox-entry.js'
import {registeredRule, reportRule, type Rule} from './rule.js'

/**
 * Warn when pledged + unpledged (or bound + unbound) delegates differ from the total.
 *
 *     | Count | Percentage | Pledged | Unpledged | Total |
 *     | Bernie Sanders | 253 | 64.21% | 13 | 1 | 15 |     <- 13 + 1 is 14
 *
 *     - Votes For Election: 107 ... delegates (90 pledged, 15 unpledged)     <- 90 + 15 is 105
 *
 * Checks each candidate's `delegateBreakdown` (placed on its row), the delegates at stake
 * from `Votes For Election`, and that the table's Total row counts either all of those or
 * only the pledged ones (both occur: Alabama's table totals its 54 pledged of 62).
 */
export const delegatesBreakdownMismatch: Rule = {
  ...registeredRule('delegates-breakdown-mismatch'),
  check(election, file) {
    for (const candidate of election.candidates) checkCandidate(candidate, file)
    checkAtStake(election, file)
  }
}

/** Check one row's breakdown against its delegates. */
function checkCandidate(candidate: CandidateResult, file: VFile): void {
  const breakdown = candidate.delegateBreakdown
  const total = candidate.delegates
  if (breakdown === null || total === null) return
  const pairs = [
    ['pledged plus unpledged', breakdown.pledged, breakdown.unpledged],
    ['bound plus unbound', breakdown.bound, breakdown.unbound]
  ] as const
  for (const [label, first, second] of pairs) {
    if (first === null || second === null || first + second === total) continue
    reportRule(
      file,
      delegatesBreakdownMismatch,
      `Expected the delegates of \`${candidate.name}\` to equal ${label} \`${first + second}\`, got \`${total}\``,
      candidate.position
    )
  }
}

/** Check the delegates at stake against their own split and against the table's Total row. */
function checkAtStake(election: Election, file: VFile): void {
  const {total, pledged, unpledged} = election.delegates
  const place = findInfoboxEntry(election, 'votes_for_election')?.position ?? null
  if (total !== null && pledged !== null && unpledged !== null && pledged + unpledged !== total) {
    reportRule(
      file,
      delegatesBreakdownMismatch,
      `Expected the delegates at stake to equal pledged plus unpledged \`${pledged + unpledged}\`, got \`${total}\``,
      place
    )
  }
  const tableTotal = election.totals.delegates
  const atStake = [total, pledged].filter((value) => value !== null)
  if (tableTotal === null || atStake.length === 0 || atStake.includes(tableTotal)) return
  reportRule(
    file,
    delegatesBreakdownMismatch,
    `Expected the Total row's delegates to equal the delegates at stake \`${atStake.join('` or `')}\`, got \`${tableTotal}\``,
    election.totals.position
  )
}
