/**
 * The election as a person reads it in a terminal: `wikitally show`.
 */
import type {CandidateResult, Election} from '../../../model/election.js'
import {pieceLength} from '../../../serialize/large-value.js'
import {decimalsOf} from '../../../model/decimals-of.js'
import {drawBar} from './draw-bar.js'
import type {FileMessage} from '../../pipeline/file-message.js'
import {formatMessageLines} from '../../terminal/format-messages.js'
import {groupThousands} from '../../terminal/group-thousands.js'
import {paint} from '../../terminal/paint.js'
import {summarizeMessages} from '../../terminal/summarize-messages.js'
import {printable} from '../../terminal/printable.js'

/** Cells of a 100% bar. */
const barWidth = 40

/** Shown for a value the source does not give. */
const missing = '-'

/** One column of the results table. */
interface Column {
  /** Header text. */
  title: string
  /** Right-align (numbers) or left-align (names). */
  align: 'left' | 'right'
  /** Cell text of a candidate. */
  cell: (candidate: CandidateResult) => string
  /** Cell text of the Total row. */
  total: string
}

/**
 * Render `election` and `messages` as lines of text: a heading block (title, date, stage,
 * party, jurisdiction, winner), the results table with one bar per row scaled to its share
 * of the vote, the Total row, then the messages. Colour only when `color`.
 */
export function renderElection(election: Election, messages: readonly FileMessage[], color: boolean): string {
  return [...renderElectionChunks(election, messages, color)].join('')
}

/**
 * The text of `renderElection` in pieces of a few kilobytes, made as they are written: the
 * rows of 100,000 candidates are never all held as lines.
 */
export function* renderElectionChunks(election: Election, messages: readonly FileMessage[], color: boolean): Generator<string, void, undefined> {
  let text = ''
  for (const line of renderLines(election, messages, color)) {
    text += line + '\n'
    if (text.length >= pieceLength) {
      yield text
      text = ''
    }
  }
  yield text
}

/** The lines of `renderElection`. */
function* renderLines(election: Election, messages: readonly FileMessage[], color: boolean): Generator<string, void, undefined> {
  yield paint(printable(election.title ?? election.name ?? '(untitled election)'), 'bold', color)
  yield ''
  const jurisdiction = election.jurisdiction
  const winners = election.candidates.filter((candidate) => candidate.winner).map((candidate) => candidate.name)
  const facts: Array<[string, string | null]> = [
    ['Date', election.date ?? (election.year === null ? null : String(election.year))],
    ['Stage', election.stage],
    ['Party', election.party],
    ['Jurisdiction', jurisdiction.name === null ? null : jurisdiction.code === null ? jurisdiction.name : `${jurisdiction.name} (${jurisdiction.code})`],
    ['Winner', winners.length === 0 ? null : winners.join(', ')]
  ]
  const labelWidth = Math.max(...facts.map(([label]) => label.length))
  for (const [label, value] of facts) yield `${paint(label.padEnd(labelWidth), 'dim', color)}  ${value === null ? missing : printable(value)}`
  yield ''
  if (election.candidates.length === 0) yield 'No results table.'
  else yield* renderTable(election, color)
  yield ''
  if (messages.length === 0) yield 'No issues found.'
  else {
    yield paint('Messages', 'bold', color)
    yield* formatMessageLines(messages, color)
    yield ''
    yield summarizeMessages(messages)
  }
}

/**
 * The results table: a header, one row per candidate with its bar, the Total row. Column
 * widths come from a first pass over the cells that keeps none of them.
 */
function* renderTable(election: Election, color: boolean): Generator<string, void, undefined> {
  const {candidates, totals} = election
  const percentDecimals = candidates.reduce((most, candidate) => Math.max(most, decimalsOf(candidate.percent ?? 0)), 0)
  const percentText = (value: number | null): string => (value === null ? missing : value.toFixed(percentDecimals))
  const countText = (value: number | null): string => (value === null ? missing : groupThousands(value))
  const columns: Column[] = [
    {title: 'Candidate', align: 'left', cell: (candidate) => printable(candidate.name) + (candidate.withdrawn ? ' (withdrawn)' : ''), total: 'Total'}
  ]
  if (candidates.some((candidate) => candidate.party !== null)) {
    columns.push({title: 'Party', align: 'left', cell: (candidate) => (candidate.party === null ? missing : printable(candidate.party)), total: ''})
  }
  if (candidates.some((candidate) => candidate.votes !== null) || totals.votes !== null) {
    columns.push({title: 'Votes', align: 'right', cell: (candidate) => countText(candidate.votes), total: countText(totals.votes)})
  }
  if (candidates.some((candidate) => candidate.percent !== null)) {
    columns.push({title: '%', align: 'right', cell: (candidate) => percentText(candidate.percent), total: percentText(totals.percent)})
  }
  if (candidates.some((candidate) => candidate.delegates !== null) || totals.delegates !== null) {
    columns.push({title: 'Delegates', align: 'right', cell: (candidate) => countText(candidate.delegates), total: countText(totals.delegates)})
  }
  if (candidates.some((candidate) => candidate.electoralVotes !== null)) {
    columns.push({title: 'Electoral', align: 'right', cell: (candidate) => countText(candidate.electoralVotes), total: countText(totals.electoralVotes)})
  }
  const widths = columns.map((column) => Math.max(column.title.length, column.total.length))
  for (const candidate of candidates) {
    for (const [index, column] of columns.entries()) widths[index] = Math.max(widths[index] ?? 0, column.cell(candidate).length)
  }
  const pad = (row: readonly string[]): string =>
    row.map((cell, index) => (columns[index]?.align === 'right' ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0))).join('  ')
  yield paint(pad(columns.map((column) => column.title)).trimEnd(), 'bold', color)
  for (const candidate of candidates) {
    const share = shareOf(candidate, election)
    const bar = share === null ? '' : paint(drawBar(share, barWidth), candidate.color ?? 'cyan', color)
    const text = `${pad(columns.map((column) => column.cell(candidate)))}  ${bar}`.trimEnd()
    yield candidate.winner ? paint(text, 'bold', color) : text
  }
  yield pad(columns.map((column) => column.total)).trimEnd()
}

/** A row's share of the vote: its percentage, else its votes over the total. */
function shareOf(candidate: CandidateResult, election: Election): number | null {
  if (candidate.percent !== null) return candidate.percent
  const total = election.totals.votes
  return candidate.votes === null || total === null || total === 0 ? null : (candidate.votes / total) * 100
}
