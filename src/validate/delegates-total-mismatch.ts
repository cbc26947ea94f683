/**
 * Rule `delegates-total-mismatch`: the main table's delegates do not add up to its Total row.
 */
import {registeredRule, reportRule, type Rule} from './rule.js'
import {sumOf} from './sum-of.js'
import {tableCandidates} from './table-candidates.js'

/**
 * Warn when the candidates' delegates in the main table differ from the Total row's.
 *
 *     | Bernie Sanders | 253 | 64.21% | 13 | 1 | 14 |
 *     | Hillary Clinton | 101 | 25.63% | 5 | 1 | 6 |
 *     | Total | 394 | 100% | 18 | 5 | 23 |     <- rows add up to 20
 *
 * Placed on the Total row. Silent when the Total row or every row lacks delegates.
 */
export const delegatesTotalMismatch: Rule = {
  ...registeredRule('delegates-total-mismatch'),
  check(election, file) {
    const total = election.totals.delegates
    const sum = sumOf(tableCandidates(election).map((candidate) => candidate.delegates))
    if (total === null || sum === null || sum === total) return
    reportRule(
      file,
      delegatesTotalMismatch,
      `Expected the Total row's delegates to equal the rows' sum \`${sum}\`, got \`${total}\``,
      election.totals.position
    )
  }
}
