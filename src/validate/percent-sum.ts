/**
 * Rule `percent-sum`: the main table's percentages add up to far from 100.
 */
import {decimalsOf} from '../model/decimals-of.js'
import {floatSlack, roundingSlack} from './rounding-slack.js'
import {printedPercent} from './printed-percent.js'
import {registeredRule, reportRule, type Rule} from './rule.js'
import {sumOf} from './sum-of.js'
import {tableCandidates} from './table-candidates.js'

/** What percentages of a complete table add up to. */
const whole = 100

/**
 * Warn when the rows' percentages add up to further from 100 than their rounding allows.
 *
 * "Far" is the sum of each row's rounding slack (0.55 of a unit of its last printed decimal,
 * see `roundingSlack`): six rows printed with two decimals may add up to 99.967-100.033. Above that the table is always wrong. Below
 * it the table may list only the leading candidates, so the rule warns only when the listing
 * is known to be complete: the rows' votes add up to the Total row's, or the Total row states
 * a share and no votes.
 *
 *     | John Edwards | 9,093 | 61.06 | 57 |     <- one typo: 110.01 in all
 */
export const percentSum: Rule = {
  ...registeredRule('percent-sum'),
  check(election, file) {
    const rows = tableCandidates(election).filter((candidate) => candidate.percent !== null)
    const sum = sumOf(rows.map((candidate) => candidate.percent))
    if (sum === null) return
    const slack = sumOf(rows.map((candidate) => roundingSlack(election, candidate))) ?? 0
    const over = sum > whole + slack + floatSlack
    const total = election.totals.votes
    // Complete: the rows' votes add up to the Total row's, or the Total row prints a share
    // (`| Totals | 100.00% | 24 |`) without votes to compare.
    const complete = total !== null
      ? sumOf(tableCandidates(election).map((candidate) => candidate.votes)) === total
      : election.totals.percent !== null
    const under = complete && sum < whole - slack - floatSlack
    if (!over && !under) return
    // Not Math.max(...decimals): spreading 100,000 rows as arguments overflows the stack.
    const decimals = rows.reduce((most, candidate) => Math.max(most, decimalsOf(printedPercent(election, candidate) ?? candidate.percent ?? 0)), 0)
    const table = election.mainTable === null ? undefined : election.tables[election.mainTable]
    reportRule(
      file,
      percentSum,
      `Expected the percentages to add up to \`${whole}\`, got \`${sum.toFixed(decimals)}\``,
      election.totals.position ?? table?.position ?? null
    )
  }
}
