/**
 * Building the GitHub-flavoured report of an election as an mdast tree.
 */
import type {AlignType, List, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow} from 'mdast'
import {decimalsOf} from '../model/decimals-of.js'
import type {CandidateResult, Election, ElectionMessage} from '../model/election.js'
import {formatLongDate} from './format-long-date.js'

/** Depth of each election's heading, so that a report pastes under a page's own title. */
const headingDepth = 2

/** Marker after the winner's name (besides bold). */
const winnerMark = '✓'

/** Between the parts of the contest line. */
const partSeparator = ' · '

/** A run of line breaks, which a table cell or a list item line cannot hold. */
const lineBreaks = /[\r\n\u2028\u2029]+/g

/** A figure column of the results table: header, what it reads, how it is written. */
interface FigureColumn {
  /** Header cell text. */
  header: string
  /** The row's figure. */
  value: (row: CandidateResult) => number | null
  /** The Total row's figure. */
  total: number | null
  /** Decimals every row is written with, or null to write numbers as stored. */
  decimals: number | null
}

/**
 * The report of `election`:
 *
 *     ## 2004 North Carolina Democratic presidential caucuses
 *
 *     April 17, 2004 · caucus · Democratic · North Carolina (NC)
 *
 *     | Candidate          | Votes |     % | Delegates |
 *     | :----------------- | ----: | ----: | --------: |
 *     | **John Edwards** ✓ |  9093 | 51.06 |        57 |
 *     | Total              | 17809 |   100 |       107 |
 *
 *     - warning `stage-mismatch` (line 4): Expected the election name to ...
 *
 * The heading is the title, else the infobox name, else the id. A Party column appears when
 * a row has a party (general elections). Figure columns appear when
 * a row or the Total row has a value; they are right-aligned, numbers as stored (`9093`),
 * percentages to the column's most decimals (`27.20` beside `51.06`). The winner's name is
 * bold and followed by ✓; withdrawn candidates are marked `(withdrawn)`. Warnings and
 * errors are listed with their rule id and line, the first `maxListedWarnings` of them and
 * then how many more there are; info messages are not. Line breaks inside values become
 * spaces, since a table cell cannot hold one.
 */
export function electionToReportMdast(election: Election): RootContent[] {
  const nodes: RootContent[] = [
    {type: 'heading', depth: headingDepth, children: [text(election.title ?? election.name ?? election.summary.electionId)]}
  ]
  const contest = contestLine(election)
  if (contest !== '') nodes.push(paragraph(contest))
  if (election.candidates.length > 0) nodes.push(resultsTable(election))
  const warnings = election.messages.filter((message) => message.severity !== 'info')
  if (warnings.length > 0) nodes.push(warningList(warnings))
  return nodes
}

/** Date, stage, party and jurisdiction, those known, joined by ` · `. */
function contestLine(election: Election): string {
  const {date, stage, party, jurisdiction} = election
  const place = jurisdiction.name === null
    ? jurisdiction.code
    : jurisdiction.code === null ? jurisdiction.name : `${jurisdiction.name} (${jurisdiction.code})`
  const when = date === null ? (election.year === null ? null : String(election.year)) : formatLongDate(date) ?? date
  return [when, stage, party, place].filter((part) => part !== null).join(partSeparator)
}

/** The results table: names, parties where a row has one, then each figure column with a value. */
function resultsTable(election: Election): Table {
  const {candidates, totals} = election
  // Not Math.max(...decimals): spreading 166,000 candidates as arguments overflows the stack.
  const percentDecimals = candidates.reduce((most, row) => (row.percent === null ? most : Math.max(most, decimalsOf(row.percent))), 0)
  const figures: FigureColumn[] = [
    {header: 'Votes', value: (row) => row.votes, total: totals.votes, decimals: null},
    {header: '%', value: (row) => row.percent, total: totals.percent, decimals: percentDecimals},
    {header: 'Delegates', value: (row) => row.delegates, total: totals.delegates, decimals: null},
    {header: 'Electoral votes', value: (row) => row.electoralVotes, total: totals.electoralVotes, decimals: null}
  ]
  const columns = figures.filter((column) => column.total !== null || candidates.some((row) => column.value(row) !== null))
  const hasTotal = columns.some((column) => column.total !== null)
  const hasParty = candidates.some((row) => row.party !== null)
  const textAlign: AlignType[] = hasParty ? ['left', 'left'] : ['left']
  const align: AlignType[] = [...textAlign, ...columns.map((): AlignType => 'right')]
  const cells = sharedCells()
  const party = (value: string | null): TableCell[] => (hasParty ? [cells.text(value)] : [])
  const header = [cell([text('Candidate')]), ...party('Party'), ...columns.map((column) => cell([text(column.header)]))]
  const children: TableRow[] = [{type: 'tableRow', children: header}]
  for (const row of candidates) {
    const rowCells = [cells.name(row), ...party(row.party)]
    for (const column of columns) rowCells.push(cells.text(figureText(column.value(row), column.decimals)))
    children.push({type: 'tableRow', children: rowCells})
  }
  const total = [cell([text('Total')]), ...party(null), ...columns.map((column) => cells.text(figureText(column.total, null)))]
  if (hasTotal) children.push({type: 'tableRow', children: total})
  return {type: 'table', align, children}
}

/**
 * Cell nodes shared by the rows with the same content (names with the same marks, equal
 * texts and figures): the table's handler escapes each node once, and 166,000 rows of `A`
 * and `1` hold three nodes, not half a million.
 */
function sharedCells(): {text: (value: string | null) => TableCell; name: (row: CandidateResult) => TableCell} {
  const empty = cell([])
  const nodes = new Map<string, TableCell>()
  const shared = (key: string, content: () => PhrasingContent[]): TableCell => {
    let node = nodes.get(key)
    if (node === undefined) {
      node = cell(content())
      nodes.set(key, node)
    }
    return node
  }
  return {
    text: (value) => (value === null ? empty : shared(`text ${value}`, () => [text(value)])),
    name: (row) => shared(`name ${String(row.winner)} ${String(row.withdrawn)} ${row.name}`, () => nameCell(row))
  }
}

/** The name of `row`: bold and marked for the winner, `(withdrawn)` where it withdrew. */
function nameCell(row: CandidateResult): PhrasingContent[] {
  const name = text(row.name)
  const marked: PhrasingContent[] = row.winner ? [{type: 'strong', children: [name]}, text(` ${winnerMark}`)] : [name]
  return row.withdrawn ? [...marked, text(' (withdrawn)')] : marked
}

/** A number as a cell's text: null for none, `decimals` fixed when given. */
function figureText(value: number | null, decimals: number | null): string | null {
  if (value === null) return null
  return decimals === null || !Number.isFinite(value) ? String(value) : value.toFixed(Math.min(decimals, maxFixed))
}

/** Most decimals `toFixed` is asked for. */
const maxFixed = 20

/**
 * Most warnings and errors a report lists per election. A report is read by people: a page
 * of 142,000 repeated infobox keys listed them all in 15 MB (5 s to escape); `check` lists
 * every message and the data outputs keep them all.
 */
export const maxListedWarnings = 100

/**
 * The warnings and errors as a list: severity, rule id in code, line, reason; past
 * `maxListedWarnings`, one last item says how many more there are.
 */
function warningList(messages: readonly ElectionMessage[]): List {
  const listed: Paragraph[] = messages.slice(0, maxListedWarnings).map((message) => ({
    type: 'paragraph',
    children: [
      text(`${message.severity} `),
      {type: 'inlineCode', value: oneLine(message.ruleId)},
      text(`${message.line === null ? '' : ` (line ${message.line})`}: ${message.reason}`)
    ]
  }))
  const more = messages.length - listed.length
  if (more > 0) {
    listed.push({type: 'paragraph', children: [text(`and ${more} more warnings and errors, which `), {type: 'inlineCode', value: 'wikitally check'}, text(' lists')]})
  }
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: listed.map((item) => ({type: 'listItem', spread: false, children: [item]}))
  }
}

/** A table cell. */
function cell(children: PhrasingContent[]): TableCell {
  return {type: 'tableCell', children}
}

/** A paragraph of plain text. */
function paragraph(value: string): Paragraph {
  return {type: 'paragraph', children: [text(value)]}
}

/** A text node, its line breaks made spaces. */
function text(value: string): {type: 'text'; value: string} {
  return {type: 'text', value: oneLine(value)}
}

/** `value` on one line. */
function oneLine(value: string): string {
  return value.replace(lineBreaks, ' ')
}
