/**
 * Rebuilding a candidate from its CSV row.
 */
import type {CandidateKind, CandidateResult} from '../model/election.js'
import {candidateKinds} from '../model/vocabulary.js'
import type {CsvRecord} from './csv-columns.js'
import {describeValue} from './describe-value.js'
import type {ReadProblem} from './election-read-error.js'

/**
 * The candidate of `record` (a row whose `candidate` cell is not empty), or the problems
 * that keep it from being one, placed at `row` (`row 3, kind: expected one of ...`).
 *
 * The position is null: CSV keeps only its start line (`source_line`), not a range.
 */
export function candidateFromCsvRecord(record: CsvRecord, row: number): CandidateResult | ReadProblem[] {
  const problems: ReadProblem[] = []
  const place = (column: string): string => `row ${row}, ${column}`
  const kind = record.kind
  if (!isCandidateKind(kind)) {
    const expected = candidateKinds.map((value) => JSON.stringify(value)).join(', ')
    problems.push({path: place('kind'), reason: `expected one of ${expected}, got ${describeValue(kind ?? undefined)}`})
  }
  for (const column of ['withdrawn', 'winner', 'delegate_breakdown'] as const) {
    if (record[column] === null) problems.push({path: place(column), reason: 'expected boolean, got nothing'})
  }
  if (record.delegate_breakdown === false) {
    for (const column of ['pledged', 'unpledged', 'bound', 'unbound'] as const) {
      if (record[column] !== null) {
        problems.push({path: place(column), reason: `expected nothing without a delegate breakdown, got ${describeValue(record[column])}`})
      }
    }
  }
  if (!isCandidateKind(kind) || problems.length > 0) return problems
  return {
    name: record.candidate ?? '',
    kind,
    withdrawn: record.withdrawn === true,
    party: record.candidate_party,
    runningMate: record.running_mate,
    homeState: record.home_state,
    color: record.color,
    votes: record.votes,
    percent: record.percent,
    delegates: record.delegates,
    delegateBreakdown:
      record.delegate_breakdown === true
        ? {pledged: record.pledged, unpledged: record.unpledged, bound: record.bound, unbound: record.unbound}
        : null,
    electoralVotes: record.electoral_votes,
    winner: record.winner === true,
    infoboxIndex: record.infobox_index,
    position: null
  }
}

/** Whether `value` is a kind of result row. */
function isCandidateKind(value: string | null): value is CandidateKind {
  return candidateKinds.some((kind) => kind === value)
}
