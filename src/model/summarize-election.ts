/**
 * Deriving the contest row of an election from its candidates, totals and messages.
 */
import {decimalsOf} from './decimals-of.js'
import type {CandidateResult, Election, ElectionFacts} from './election.js'
import {electionId} from './election-id.js'
import type {ElectionSummary} from './summary-schema.js'

/** Most decimals a margin keeps: a double carries no more than 17 significant digits. */
const maxDecimals = 20

/**
 * The contest row of `election`, e.g. for the 2004 North Carolina Democratic caucuses:
 *
 *     {electionId: '2004-nc-democratic-caucus', winner: 'John Edwards', winnerVotes: 9093,
 *      runnerUp: 'John Kerry', runnerUpVotes: 4844, marginVotes: 4249, marginPoints: 23.86,
 *      totalVotes: 17809, warnings: ['stage-mismatch', 'withdrawn-mismatch'], ...}
 *
 * The winner is the first row marked `winner`. The runner-up is the best other candidate
 * (Uncommitted, write-in and Others rows never place) by votes, or by delegates where no
 * candidate has votes, as `winner` is chosen; the first row wins a tie. `marginPoints` is
 * rounded to the most decimals either percent is printed with (`51.06 - 27.2` -> `23.86`),
 * so float noise never shows. Nothing is guessed: a figure missing on either side makes its
 * margin null, and a contest with one candidate has no runner-up.
 */
export function summarizeElection(election: ElectionFacts): ElectionSummary {
  const winner = election.candidates.find((candidate) => candidate.winner) ?? null
  const runnerUp = winner === null ? null : runnerUpOf(election.candidates, winner)
  return {
    electionId: electionId(election),
    title: election.title,
    date: election.date,
    year: election.year,
    stage: election.stage,
    party: election.party,
    jurisdiction: election.jurisdiction.name,
    jurisdictionCode: election.jurisdiction.code,
    jurisdictionFips: election.jurisdiction.fips,
    candidates: election.candidates.length,
    winner: winner?.name ?? null,
    winnerVotes: winner?.votes ?? null,
    winnerPercent: winner?.percent ?? null,
    winnerDelegates: winner?.delegates ?? null,
    runnerUp: runnerUp?.name ?? null,
    runnerUpVotes: runnerUp?.votes ?? null,
    runnerUpPercent: runnerUp?.percent ?? null,
    marginVotes: difference(winner?.votes ?? null, runnerUp?.votes ?? null),
    marginPoints: pointsBetween(winner?.percent ?? null, runnerUp?.percent ?? null),
    totalVotes: election.totals.votes,
    totalDelegates: election.totals.delegates,
    warnings: warningIds(election),
    sourceFile: election.sourceFile
  }
}

/**
 * `election` with its `summary` derived from the rest (a stale `summary` is replaced). The
 * summary comes first, where the schema puts it, so that serializers find the election in
 * key order and write it as it is instead of copying it to reorder its keys.
 */
export function withSummary(election: ElectionFacts): Election {
  const summary = summarizeElection(election)
  // A stale summary spread from `election` keeps the first place and is overwritten.
  const summarized: Election = {summary, ...election}
  summarized.summary = summary
  return summarized
}

/** The candidate other than `winner` with the most of the measure that chose the winner. */
function runnerUpOf(candidates: readonly CandidateResult[], winner: CandidateResult): CandidateResult | null {
  const people = candidates.filter((candidate) => candidate.kind === 'candidate')
  const measure = people.some((candidate) => candidate.votes !== null) ? 'votes' : 'delegates'
  let best: CandidateResult | null = null
  for (const candidate of people) {
    if (candidate === winner) continue
    const value = candidate[measure]
    if (value === null) continue
    const bestValue = best?.[measure] ?? null
    if (bestValue === null || value > bestValue) best = candidate
  }
  return best
}

/** `left - right`, or null when either is unknown. */
function difference(left: number | null, right: number | null): number | null {
  return left === null || right === null ? null : left - right
}

/** `left - right` in percentage points, rounded to the decimals of the more precise one. */
function pointsBetween(left: number | null, right: number | null): number | null {
  if (left === null || right === null) return null
  const decimals = Math.min(Math.max(decimalsOf(left), decimalsOf(right)), maxDecimals)
  const rounded = Number((left - right).toFixed(decimals))
  // `-0.001` rounds to `-0`, which JSON cannot write: a margin of nothing is `0`.
  return rounded === 0 ? 0 : rounded
}

/** Rule ids of the warnings and errors of `election`, each once, in message order. */
function warningIds(election: ElectionFacts): string[] {
  const ids = election.messages.filter((message) => message.severity !== 'info').map((message) => message.ruleId)
  return [...new Set(ids)]
}
