/**
 * Writing an election's candidates and totals as a results table.
 */
import type {CandidateResult, DelegateBreakdown, Election, ElectionTable, Totals} from '../model/election.js'

/** Section of a results table written where the election has none. */
export const resultsSection = 'Results'

/** The marker the extractor reads as a withdrawal (`John Edwards (withdrawn)`). */
export const withdrawnMarker = '(withdrawn)'

/** The label of the Total row. */
const totalLabel = 'Total'

/** A column of the written table: its header and how a candidate and the totals fill it. */
interface ResultsColumn {
  /** Header text, one the extractor gives the column's role. */
  header: string
  /** The cell of a candidate's row. */
  candidate: (candidate: CandidateResult) => string
  /** The cell of the Total row. */
  total: (totals: Totals) => string
}

/** The figure columns, each written when a candidate or the totals hold a value for it. */
const figureColumns: ReadonlyArray<ResultsColumn & {used: (election: Election) => boolean}> = [
  figureColumn('Votes', (candidate) => candidate.votes, (totals) => totals.votes),
  figureColumn('%', (candidate) => candidate.percent, (totals) => totals.percent),
  figureColumn('Delegates', (candidate) => candidate.delegates, (totals) => totals.delegates),
  ...(['pledged', 'unpledged', 'bound', 'unbound'] as const).map((kind) => breakdownColumn(kind)),
  figureColumn('Electoral votes', (candidate) => candidate.electoralVotes, (totals) => totals.electoralVotes)
]

/** The text columns after the name. */
const textColumns: ReadonlyArray<ResultsColumn & {used: (election: Election) => boolean}> = [
  {
    header: 'Party',
    candidate: (candidate) => candidate.party ?? '',
    total: () => '',
    used: (election) => election.candidates.some((candidate) => candidate.party !== null)
  },
  {
    header: 'Running mate',
    candidate: (candidate) => candidate.runningMate ?? '',
    total: () => '',
    used: (election) => election.candidates.some((candidate) => candidate.runningMate !== null)
  }
]

/**
 * The results table of `election`, built from its candidates and totals rather than from
 * any table it kept:
 *
 *     | Candidate | Party | Votes | % | Delegates |
 *     | John Edwards (withdrawn) | Democratic | 9093 | 51.06 | 57 |
 *     | Total | | 17809 | 100 | 107 |
 *
 * A column is written only when some row has a value for it (all four breakdown columns
 * when a candidate has a breakdown); a missing value is an empty cell; the Total row only
 * when the totals hold a figure. Section, caption and notes are taken from `base`, the
 * table it stands in for, else it goes under a `Results` heading.
 */
export function resultsTable(election: Election, base: ElectionTable | null): ElectionTable {
  const columns = [...textColumns, ...figureColumns].filter((column) => column.used(election))
  const rows = election.candidates.map((candidate) => [
    candidate.withdrawn ? `${candidate.name} ${withdrawnMarker}` : candidate.name,
    ...columns.map((column) => column.candidate(candidate))
  ])
  const {totals} = election
  const hasTotals = totals.votes !== null || totals.percent !== null || totals.delegates !== null || totals.electoralVotes !== null
  if (hasTotals) rows.push([totalLabel, ...columns.map((column) => column.total(totals))])
  return {
    section: base ? base.section : resultsSection,
    caption: base?.caption ?? null,
    captionKind: base?.captionKind ?? null,
    header: [['Candidate', ...columns.map((column) => column.header)]],
    rows,
    notes: base?.notes ?? [],
    position: null
  }
}

/** A column of one figure. */
function figureColumn(
  header: string,
  candidate: (candidate: CandidateResult) => number | null,
  total: (totals: Totals) => number | null
): ResultsColumn & {used: (election: Election) => boolean} {
  return {
    header,
    candidate: (row) => figureText(candidate(row)),
    total: (totals) => figureText(total(totals)),
    used: (election) => total(election.totals) !== null || election.candidates.some((row) => candidate(row) !== null)
  }
}

/** A column of the delegate breakdown, written when any candidate has a breakdown. */
function breakdownColumn(kind: keyof DelegateBreakdown): ResultsColumn & {used: (election: Election) => boolean} {
  return {
    header: kind.charAt(0).toUpperCase() + kind.slice(1),
    candidate: (row) => figureText(row.delegateBreakdown?.[kind] ?? null),
    total: () => '',
    used: (election) => election.candidates.some((row) => row.delegateBreakdown !== null)
  }
}

/** A figure as the extractor reads it back: plain digits (`9093`, `51.06`), empty for none. */
function figureText(value: number | null): string {
  return value === null ? '' : String(value)
}
