/**
 * Build the normalized election from an article tree.
 */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {CandidateResult, Election, ElectionTable, Stage, Totals} from '../model/election.js'
import {emptyTotals} from '../model/empty-election.js'
import {report} from '../model/report.js'
import {withSummary} from '../model/summarize-election.js'
import {articleParts, type ArticleParts, type ArticleTable} from './article-parts.js'
import {canonicalKey} from './canonical-key.js'
import {delegatesAtStake, jurisdictionOf, partyOf, stageOf, yearOf} from './extract-contest.js'
import {extractDate} from './extract-date.js'
import {infoboxCandidates, type InfoboxCandidate} from './infobox-candidates.js'
import {fromInfoboxOnly, mergeInfobox} from './merge-infobox.js'
import {cellText, readTable, readTableHeader, type ReadTable, type TableHeader} from './read-table.js'
import {stripFootnotes} from './strip-footnotes.js'
import {isResultsTable, tableResults} from './table-results.js'
import {chooseMainTable} from './choose-main-table.js'
import {toSourcePosition} from './to-source-position.js'
import {markWinners} from './mark-winners.js'
import {applyLegends} from './apply-legends.js'
import {tableLegends} from './table-legends.js'
import {reportOversizedCounts} from './report-oversized-counts.js'

/** Rows past which a table after the first results table is read for its header only. */
const maxLaterTableRows = 5_000

/**
 * Extract the election from `tree` (parsed from `file`); findings become messages on `file`.
 */
export function extractElection(tree: Root, file: VFile): Election {
  const parts = articleParts(tree, String(file.value))
  const title = parts.title?.text ?? null
  const keys = parts.infobox.map((item) => canonicalKey(item.key))
  const entry = (key: string) => parts.infobox[keys.indexOf(key)]
  const value = (key: string) => {
    const text = entry(key)?.value.trim()
    return text ? text : null
  }
  const name = value('election_name')
  // The title's party and stage, read once: the main table, the date and the contest ask for them.
  const party = partyOf(title) ?? partyOf(name)
  const stage = stageOf(title) ?? stageOf(name)
  const fromInfobox = infoboxCandidates(parts.infobox, keys)
  const read = readResults(parts, fromInfobox, party, stage, file)
  const {main, results} = read
  let candidates: CandidateResult[] = []
  const mainTable = parts.tables[main]
  if (results) {
    candidates = mergeInfobox(results.rows, fromInfobox, file)
  } else if (fromInfobox.length > 0) {
    candidates = fromInfobox.map(fromInfoboxOnly)
    const tables = parts.tables.length === 0 ? 'no table' : `${parts.tables.length} table${parts.tables.length === 1 ? '' : 's'} of other figures`
    // Naming every candidate ties the warning to each of them, wherever their entries stand;
    // a name repeated is named once (50,000 entries of `A` made a reason of 250 KB).
    const names = [...new Set(candidates.map((candidate) => `\`${candidate.name}\``))].join(', ')
    report(file, `Expected the candidates from a results table, got ${tables}; the candidates ${names} come from the infobox, whose figures may be rounded or incomplete`, parts.infoboxPosition, 'infobox-fallback')
  } else {
    const place = parts.title?.position ?? tree.position
    const reason = parts.tables.length > 0
      ? `Expected a results table (a candidate column and votes, % or delegates), got ${parts.tables.length} other table${parts.tables.length === 1 ? '' : 's'}`
      : 'Expected a results table or infobox candidates, got neither'
    report(file, reason, place, 'no-results')
  }
  const totals = results?.totals ?? emptyTotals()
  const legendLines = results?.legendLines ?? []
  const titleYear = yearOf(title)
  const contestDate = extractDate({
    caption: read.caption,
    infoboxDate: entry('election_date'),
    // A page covering both parties names the main table's party in its section heading.
    party: party ?? partyOf(mainTable?.section ?? null),
    titleYear,
    section: mainTable?.section ?? null,
    texts: parts.texts
  }, file)
  const atStake = delegatesAtStake(value('votes_for_election'))
  return withSummary({
    title,
    name,
    date: contestDate.date,
    year: contestDate.date ? contestDate.year : titleYear ?? contestDate.year ?? yearOf(name),
    stage,
    party: stage === 'general' ? null : party,
    jurisdiction: jurisdictionOf(title, value('country'), name),
    delegates: {...atStake, total: atStake.total ?? totals.delegates},
    previous: {name: value('previous_election'), year: yearOf(value('previous_year'))},
    next: {name: value('next_election'), year: yearOf(value('next_year'))},
    candidates: markWinners(candidates),
    totals,
    mainTable: main === -1 ? null : main,
    infobox: parts.infobox.map((item, at) => ({
      key: keys[at] ?? canonicalKey(item.key),
      label: item.key,
      value: item.value,
      position: toSourcePosition(item.position)
    })),
    // The main table keeps the legends read from elsewhere among its notes, so that its
    // marks keep their meaning wherever the table goes.
    tables: parts.tables.map((table, at) => rawTable(at === main ? {...table, notes: [...table.notes, ...legendLines]} : table, read.headers[at] ?? readTableHeader(table.node))),
    messages: [],
    sourceFile: file.path ? file.path : null,
    sourceId: null
  })
}

/** What the article's tables give: the main table's results, and where each table's header is. */
interface ResultsRead {
  /** Index of the main table, or -1. */
  main: number
  /** The main table's caption text. */
  caption: string | null
  /** Where each table's header is. */
  headers: TableHeader[]
  /** The main table's result rows (legends applied), Total row and legend lines; null without one. */
  results: {rows: CandidateResult[]; totals: Totals; legendLines: string[]} | null
}

/**
 * Read the tables, choose the main one and read its results. The tables read whole are let
 * go when this returns: the rows of a read table of 166,000 results held 45 MB, as much
 * as the results, while the election was built.
 */
function readResults(parts: ArticleParts, fromInfobox: readonly InfoboxCandidate[], party: string | null, stage: Stage | null, file: VFile): ResultsRead {
  // Tables are read whole up to the first results table; later ones too, to tell several
  // contests apart, unless they are too long to be results (then only their header).
  const reads: (ReadTable | undefined)[] = []
  let found = false
  for (const table of parts.tables) {
    const read: ReadTable | undefined = !found || table.node.children.length <= maxLaterTableRows ? readTable(table.node, {resultsOnly: true}) : undefined
    reads.push(read)
    found ||= read !== undefined && isResultsTable(read)
  }
  const infoboxVotes = fromInfobox.flatMap((candidate) => (candidate.votes === null ? [] : [candidate.votes]))
  const main = chooseMainTable(parts.tables, reads, party, file, stage, infoboxVotes)
  reportOversizedCounts(fromInfobox, file)
  // Only where the header is: the rows read are let go.
  const headers = parts.tables.map((table, at): TableHeader => {
    const read = reads[at] ?? readTableHeader(table.node)
    return {legendRows: read.legendRows, titleRow: read.titleRow, headerRows: read.headerRows}
  })
  const mainRead = reads[main]
  const mainTable = parts.tables[main]
  if (!mainRead || !mainTable) return {main, caption: null, headers, results: null}
  const results = tableResults(mainRead, file)
  reportNonResults(mainRead, file)
  const legends = tableLegends(mainTable, mainRead, parts.texts, parts.tables)
  const rows = applyLegends(results.candidates, results.marks, legends.legends, legends.place, file)
  return {main, caption: mainRead.caption?.value ?? null, headers, results: {rows, totals: results.totals, legendLines: legends.lines}}
}

/** A table kept raw: caption, header rows and body rows as written. */
function rawTable(table: ArticleTable, read: TableHeader): ElectionTable {
  // Texts straight from the cells: a row may have a million, and rowTexts makes an object each.
  const rows = table.node.children.map((row) => row.children.map(cellText))
  const skip = read.legendRows + (read.titleRow ? 1 : 0)
  const caption = table.node.data?.caption
  return {
    section: table.section,
    caption: caption?.value ?? null,
    captionKind: caption?.kind ?? null,
    header: rows.slice(skip, skip + read.headerRows),
    rows: rows.slice(skip + read.headerRows),
    notes: table.notes,
    position: toSourcePosition(table.node.position)
  }
}

function reportNonResults(table: ReadTable, file: VFile): void {
  for (const row of table.rows) {
    if (row.kind === 'subtotal') {
      const name = stripFootnotes(row.cells.find((cell, at) => at > row.labelColumn && cell?.kind === 'text')?.text ?? '').trim()
      report(file, `Expected the table's Total row, got a subtotal of \`${name}\`'s rows above; it is kept in \`tables\` only`, row.node.position as Position | undefined, 'row-not-result')
      continue
    }
    if (row.kind !== 'footer' && row.kind !== 'note') continue
    const label = stripFootnotes(row.label?.text ?? '').trim()
    report(file, `Expected a result or Total row, got \`${label}\`; it is kept in \`tables\` only`, row.node.position as Position | undefined, 'row-not-result')
  }
}

