/**
 * Rule `percent-mismatch`: a candidate's percentage disagrees with votes / total.
 */
import {decimalsOf} from '../model/decimals-of.js'
import {floatSlack, roundingSlack} from './rounding-slack.js'
import {printedPercent} from './printed-percent.js'
import {registeredRule, reportRule, type Rule} from './rule.js'
import {sumOf} from './sum-of.js'
import {tableCandidates} from './table-candidates.js'

/**
 * Warn when a row's percentage is further from `votes / total` than the rounding of its
 * printed precision allows (`roundingSlack`: 0.55 of a unit of the last printed decimal).
 *
 *     | John Kerry | 4,844 | 27.20 | 29 |     <- 4844 / 17809 = 27.1997...: fine
 *     | John Kerry | 4,844 | 27.50 | 29 |     <- warned
 *
 * The total is the Total row's votes; the rows' own sum is accepted too, so one misprinted
 * Total row gives one `votes-total-mismatch`, not a message per row. A Total row with a share
 * but no votes makes the rows' sum the total. Without a Total row the denominator is unknown (tables often list only the leading candidates), so the rule is
 * silent.
 */
export const percentMismatch: Rule = {
  ...registeredRule('percent-mismatch'),
  check(election, file) {
    const rows = tableCandidates(election)
    const sum = sumOf(rows.map((candidate) => candidate.votes))
    // A Total row that states a share but no votes (`| Totals | 100.00% | 24 |`) says the
    // rows are complete: their sum is the total.
    const total = election.totals.votes ?? (election.totals.percent !== null && rows.every((row) => row.votes !== null) ? sum : null)
    if (total === null || total <= 0) return
    const denominators = sum !== null && sum > 0 && sum !== total ? [total, sum] : [total]
    for (const candidate of rows) {
      const {votes, percent} = candidate
      if (votes === null || percent === null) continue
      const slack = roundingSlack(election, candidate) + floatSlack
      const fits = denominators.some((denominator) => Math.abs((votes / denominator) * 100 - percent) <= slack)
      if (fits) continue
      const printed = printedPercent(election, candidate) ?? String(percent)
      const expected = ((votes / total) * 100).toFixed(decimalsOf(printed))
      reportRule(
        file,
        percentMismatch,
        `Expected the percentage of \`${candidate.name}\` to be \`${expected}\` (${votes} of ${total} votes), got \`${printed}\``,
        candidate.position
      )
    }
  }
}
