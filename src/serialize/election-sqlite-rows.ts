/**
 * Flattening an election into the rows of the SQLite tables.
 */
import type {CandidateResult, Election, ElectionMessage, InfoboxEntry} from '../model/election.js'
import {orderElection} from './order-election.js'
import {summaryColumnNames, summaryRecord} from './summary-columns.js'
import {toWellFormed} from './to-well-formed.js'

/** A value SQLite stores: booleans become 0 and 1. */
export type SqlCell = string | number | null

/** The rows of one election, each in the column order of its table in `sqliteTables`. */
export interface ElectionSqliteRows {
  /** The `elections` row. */
  election: SqlCell[]
  /** One `candidates` row per candidate, in order, made as it is read. */
  candidates: Iterable<SqlCell[]>
  /** One `messages` row per message, in order, made as it is read. */
  messages: Iterable<SqlCell[]>
  /** One `infobox` row per infobox line, in order, made as it is read. */
  infobox: Iterable<SqlCell[]>
}

/**
 * The rows of `election`, keyed `id` and placed `position`-th in the database. Text is made
 * well-formed (a lone surrogate becomes U+FFFD, as in any UTF-8 file); `election_json`
 * keeps the whole election as compact JSON in schema order, where a lone surrogate is an
 * escape, so it reads back exactly.
 */
export function electionSqliteRows(election: Election, id: string, position: number): ElectionSqliteRows {
  const record = summaryRecord(election.summary, id)
  return {
    election: [
      id,
      position,
      ...summaryColumnNames.filter((column) => column !== 'election_id').map((column) => cell(record[column])),
      cell(election.sourceId),
      JSON.stringify(orderElection(election))
    ],
    candidates: eachRow(election.candidates, id, candidateCells),
    messages: eachRow(election.messages, id, messageCells),
    infobox: eachRow(election.infobox, id, infoboxCells)
  }
}

/** The candidate columns after `election_id` and `position`. */
function candidateCells(candidate: CandidateResult): SqlCell[] {
  const breakdown = candidate.delegateBreakdown
  const place = candidate.position
  return [
    candidate.name,
    candidate.kind,
    candidate.withdrawn,
    candidate.party,
    candidate.runningMate,
    candidate.homeState,
    candidate.color,
    candidate.votes,
    candidate.percent,
    candidate.delegates,
    breakdown !== null,
    breakdown?.pledged ?? null,
    breakdown?.unpledged ?? null,
    breakdown?.bound ?? null,
    breakdown?.unbound ?? null,
    candidate.electoralVotes,
    candidate.winner,
    candidate.infoboxIndex,
    place?.start.line ?? null,
    place?.start.column ?? null,
    place?.end.line ?? null,
    place?.end.column ?? null
  ].map(cell)
}

/** The message columns after `election_id` and `position`. */
function messageCells(message: ElectionMessage): SqlCell[] {
  return [
    message.ruleId,
    message.severity,
    message.reason,
    message.line,
    message.column,
    message.endLine,
    message.endColumn
  ].map(cell)
}

/** The infobox columns after `election_id` and `position`: the key as written, then canonical. */
function infoboxCells(entry: InfoboxEntry): SqlCell[] {
  return [entry.label, entry.key, entry.value, entry.position?.start.line ?? null].map(cell)
}

/** A value as SQLite stores it. */
function cell(value: string | number | boolean | null): SqlCell {
  if (typeof value === 'boolean') return value ? 1 : 0
  return typeof value === 'string' ? toWellFormed(value) : value
}

/**
 * A row per item of `items`: the election's `id`, the item's position, its cells. Made one at a
 * time, so that 100,000 candidates are never 100,000 rows at once.
 */
function* eachRow<Item>(items: readonly Item[], id: string, cells: (item: Item) => SqlCell[]): Generator<SqlCell[], void, undefined> {
  for (const [at, item] of items.entries()) yield [id, at, ...cells(item)]
}
