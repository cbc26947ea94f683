/**
 * Rebuilding an election from the first CSV row of its rows.
 */
import type {CandidateResult, Election, Stage} from '../model/election.js'
import {withSummary} from '../model/summarize-election.js'
import {stages} from '../model/vocabulary.js'
import type {CsvRecord} from './csv-columns.js'
import {describeValue} from './describe-value.js'
import type {ReadProblem} from './election-read-error.js'

/**
 * The election described by the election columns of `record` (found at `row`), with
 * `candidates`, or the problems that keep it from being one.
 *
 * What CSV does not carry comes back empty: `infobox`, `tables` and `messages` are `[]`,
 * positions are null (the `messages` column is a count, for reading the table only). The
 * `summary` is derived again, so its `warnings` are empty too.
 */
export function electionFromCsvRecord(
  record: CsvRecord,
  candidates: CandidateResult[],
  row: number
): Election | ReadProblem[] {
  const stage = record.stage
  if (stage !== null && !isStage(stage)) {
    const expected = stages.map((value) => JSON.stringify(value)).join(', ')
    return [{path: `row ${row}, stage`, reason: `expected one of ${expected}, got ${describeValue(stage)}`}]
  }
  return withSummary({
    title: record.title,
    name: record.election_name,
    date: record.date,
    year: record.year,
    stage,
    party: record.party,
    jurisdiction: {name: record.jurisdiction, code: record.jurisdiction_code, fips: record.jurisdiction_fips},
    delegates: {
      total: record.delegates_total,
      pledged: record.delegates_pledged,
      unpledged: record.delegates_unpledged
    },
    previous: {name: record.previous_name, year: record.previous_year},
    next: {name: record.next_name, year: record.next_year},
    candidates,
    totals: {
      votes: record.total_votes,
      percent: record.total_percent,
      delegates: record.total_delegates,
      electoralVotes: record.total_electoral_votes,
      position: null
    },
    mainTable: record.main_table,
    infobox: [],
    tables: [],
    messages: [],
    sourceFile: record.source_file,
    sourceId: record.source_id
  })
}

/** Whether `value` is a kind of contest. */
function isStage(value: string): value is Stage {
  return stages.some((stage) => stage === value)
}
