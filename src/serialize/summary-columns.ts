/**
 * The columns of a contest row (CSV `--rows elections`, the SQLite `elections` table): the
 * election's `summary` with snake_case names, in schema order.
 */
import type {ElectionSummary} from '../model/summary-schema.js'
import type {CsvCell} from './csv-columns.js'

/** Column name -> cell type, in output order. */
export const summaryColumns = {
  election_id: 'text',
  title: 'text',
  date: 'text',
  year: 'integer',
  stage: 'text',
  party: 'text',
  jurisdiction: 'text',
  jurisdiction_code: 'text',
  jurisdiction_fips: 'text',
  candidates: 'integer',
  winner: 'text',
  winner_votes: 'number',
  winner_percent: 'number',
  winner_delegates: 'number',
  runner_up: 'text',
  runner_up_votes: 'number',
  runner_up_percent: 'number',
  margin_votes: 'number',
  margin_points: 'number',
  total_votes: 'number',
  total_delegates: 'number',
  warnings: 'text',
  source_file: 'text'
} as const

/** A contest-row column name. */
export type SummaryColumn = keyof typeof summaryColumns

/** One contest row as typed cells; null is an empty cell. */
export type SummaryRecord = {[Column in SummaryColumn]: CsvCell<(typeof summaryColumns)[Column]> | null}

/** Contest-row column names in output order. */
export const summaryColumnNames = Object.keys(summaryColumns) as readonly SummaryColumn[]

/** Separator of the rule ids in the `warnings` cell (ids are kebab-case, never spaced). */
export const warningSeparator = ' '

/**
 * The contest row of `summary`, keyed `id` (the election's id made unique in its output).
 * `warnings` becomes one cell of space-separated rule ids, empty (`""`) when there are none.
 */
export function summaryRecord(summary: ElectionSummary, id: string): SummaryRecord {
  return {
    election_id: id,
    title: summary.title,
    date: summary.date,
    year: summary.year,
    stage: summary.stage,
    party: summary.party,
    jurisdiction: summary.jurisdiction,
    jurisdiction_code: summary.jurisdictionCode,
    jurisdiction_fips: summary.jurisdictionFips,
    candidates: summary.candidates,
    winner: summary.winner,
    winner_votes: summary.winnerVotes,
    winner_percent: summary.winnerPercent,
    winner_delegates: summary.winnerDelegates,
    runner_up: summary.runnerUp,
    runner_up_votes: summary.runnerUpVotes,
    runner_up_percent: summary.runnerUpPercent,
    margin_votes: summary.marginVotes,
    margin_points: summary.marginPoints,
    total_votes: summary.totalVotes,
    total_delegates: summary.totalDelegates,
    warnings: summary.warnings.join(warningSeparator),
    source_file: summary.sourceFile
  }
}
