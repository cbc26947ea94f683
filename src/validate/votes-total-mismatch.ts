/**
 * Rule `votes-total-mismatch`: the main table's rows do not add up to its Total row.
 */
import {registeredRule, reportRule, type Rule} from './rule.js'
import {sumOf} from './sum-of.js'
import {tableCandidates} from './table-candidates.js'

/**
 * Warn when the candidates' votes in the main table differ from the Total row's votes.
 *
 *     | John Kerry | 4,844 | 27.20 | 29 |
 *     | Total | 17,909 | 100% | 107 |     <- rows add up to 17,809
 *
 * Placed on the Total row. Silent when the table has no Total votes or no vote cells.
 */
export const votesTotalMismatch: Rule = {
  ...registeredRule('votes-total-mismatch'),
  check(election, file) {
    const total = election.totals.votes
    const sum = sumOf(tableCandidates(election).map((candidate) => candidate.votes))
    if (total === null || sum === null || sum === total) return
    reportRule(
      file,
      votesTotalMismatch,
      `Expected the Total row's votes to equal the rows' sum \`${sum}\`, got \`${total}\``,
      election.totals.position
    )
  }
}
