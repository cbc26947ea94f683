/**
 * Rule `figure-out-of-range`: a figure no count or share can be.
 */
import type {CandidateResult} from '../model/election.js'
import {registeredRule, reportRule, type Rule} from './rule.js'

/** Largest share a percentage may state. */
const maxPercent = 100

/**
 * Warn on a candidate's row when its votes are negative or not whole, its delegates negative,
 * its percentage below 0 or above 100, or its votes above the Total row's.
 *
 *     | John Kerry | -4,844 | 27.20 | 29 |     <- negative votes
 *     | John Kerry | 4,844 | 127.20 | 29 |    <- a share above 100
 *     | Total | 4,000 | 100% | 107 |          <- and 4,844 is above the total
 *
 * Every candidate is checked, infobox-only ones included.
 */
export const figureOutOfRange: Rule = {
  ...registeredRule('figure-out-of-range'),
  check(election, file) {
    const total = election.totals.votes
    for (const candidate of election.candidates) {
      const problem = problemOf(candidate, total)
      if (problem === null) continue
      reportRule(file, figureOutOfRange, `Expected ${problem.expected} for \`${candidate.name}\`, got \`${problem.got}\``, candidate.position)
    }
  }
}

function problemOf(candidate: CandidateResult, total: number | null): {expected: string; got: number} | null {
  const {votes, percent, delegates} = candidate
  if (votes !== null && (votes < 0 || !Number.isInteger(votes))) return {expected: 'votes to be a whole number of 0 or more', got: votes}
  if (votes !== null && total !== null && total >= 0 && votes > total) return {expected: `votes of at most the Total row's \`${total}\``, got: votes}
  if (percent !== null && (percent < 0 || percent > maxPercent)) return {expected: 'a percentage from 0 to 100', got: percent}
  if (delegates !== null && delegates < 0) return {expected: 'delegates to be 0 or more', got: delegates}
  return null
}
