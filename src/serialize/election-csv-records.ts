/**
 * Flattening an election into CSV rows.
 */
import type {CandidateResult, Election} from '../model/election.js'
import type {CsvElectionColumn, CsvRecord} from './csv-columns.js'

/**
 * The CSV rows of `election`, identified by `id`: one per candidate in order, each repeating
 * the election's columns. An election without candidates gets one row with empty candidate
 * columns, so that it is not lost.
 */
export function electionCsvRecords(election: Election, id: string): CsvRecord[] {
  return Array.from(eachElectionCsvRecord(election, id), (record) => ({...record}))
}

/**
 * The rows of `electionCsvRecords`, one at a time, as one record refilled for each candidate
 * (read it before taking the next): a spread per candidate (`{...cells, ...candidate}`) cost
 * 18 µs and most of the CSV output's time at 166,500 candidates.
 */
export function* eachElectionCsvRecord(election: Election, id: string): Generator<CsvRecord, void, undefined> {
  const record: CsvRecord = {...electionCells(election, id), ...emptyCandidate}
  if (election.candidates.length === 0) yield record
  for (const candidate of election.candidates) yield Object.assign(record, candidateCells(candidate))
}

/** Cells of the candidate columns. */
type CandidateCells = Omit<CsvRecord, CsvElectionColumn>

/** The election's cells. */
function electionCells(election: Election, id: string): Pick<CsvRecord, CsvElectionColumn> {
  return {
    election_id: id,
    title: election.title,
    date: election.date,
    year: election.year,
    stage: election.stage,
    jurisdiction: election.jurisdiction.name,
    jurisdiction_code: election.jurisdiction.code,
    party: election.party,
    total_votes: election.totals.votes,
    source_file: election.sourceFile,
    total_percent: election.totals.percent,
    total_delegates: election.totals.delegates,
    total_electoral_votes: election.totals.electoralVotes,
    election_name: election.name,
    jurisdiction_fips: election.jurisdiction.fips,
    delegates_total: election.delegates.total,
    delegates_pledged: election.delegates.pledged,
    delegates_unpledged: election.delegates.unpledged,
    previous_name: election.previous.name,
    previous_year: election.previous.year,
    next_name: election.next.name,
    next_year: election.next.year,
    main_table: election.mainTable,
    messages: election.messages.length,
    source_id: election.sourceId
  }
}

/** A candidate's cells; `source_line` is the start line of its row. */
function candidateCells(candidate: CandidateResult): CandidateCells {
  const breakdown = candidate.delegateBreakdown
  return {
    candidate: candidate.name,
    kind: candidate.kind,
    withdrawn: candidate.withdrawn,
    votes: candidate.votes,
    percent: candidate.percent,
    delegates: candidate.delegates,
    winner: candidate.winner,
    source_line: candidate.position?.start.line ?? null,
    candidate_party: candidate.party,
    running_mate: candidate.runningMate,
    home_state: candidate.homeState,
    color: candidate.color,
    electoral_votes: candidate.electoralVotes,
    infobox_index: candidate.infoboxIndex,
    delegate_breakdown: breakdown !== null,
    pledged: breakdown?.pledged ?? null,
    unpledged: breakdown?.unpledged ?? null,
    bound: breakdown?.bound ?? null,
    unbound: breakdown?.unbound ?? null
  }
}

/** The candidate cells of an election without candidates. */
const emptyCandidate: CandidateCells = {
  candidate: null,
  kind: null,
  withdrawn: null,
  votes: null,
  percent: null,
  delegates: null,
  winner: null,
  source_line: null,
  candidate_party: null,
  running_mate: null,
  home_state: null,
  color: null,
  electoral_votes: null,
  infobox_index: null,
  delegate_breakdown: null,
  pledged: null,
  unpledged: null,
  bound: null,
  unbound: null
}
