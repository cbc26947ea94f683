/**
 * Merge the infobox's candidates into the table's result rows.
 */
import type {VFile} from 'vfile'
import type {CandidateResult} from '../model/election.js'
import {decimalsOf} from '../model/decimals-of.js'
import {report} from '../model/report.js'
import {candidateKind} from './candidate-kind.js'
import type {InfoboxCandidate} from './infobox-candidates.js'
import {lastName, nameKey, nameMatch, type NameKey} from './match-name.js'
import {nameLostRows} from './name-lost-rows.js'
import {parsePercent} from './parse-percent.js'
import {toSourcePosition} from './to-source-position.js'

/** Result figures compared between the table and the infobox. */
const comparedFigures = ['votes', 'percent', 'delegates'] as const

/**
 * Merge `fromInfobox` into `rows`: the table wins for results (a message says what differs),
 * the infobox adds home state, colour, party and running mate where the table has none, and
 * either source marking a candidate withdrawn marks it. Infobox candidates with no row are
 * appended.
 */
export function mergeInfobox(tableRows: readonly CandidateResult[], fromInfobox: readonly InfoboxCandidate[], file: VFile): CandidateResult[] {
  const rows = nameLostRows(tableRows, fromInfobox, file)
  if (fromInfobox.length === 0) return rows
  // The rows a candidate matches are replaced below; the others are kept as they are.
  const merged = [...rows]
  const lacks = {
    votes: rows.every((row) => row.votes === null),
    percent: rows.every((row) => row.percent === null),
    delegates: rows.every((row) => row.delegates === null),
    electoralVotes: rows.every((row) => row.electoralVotes === null)
  }
  const taken = new Set<number>()
  const appended: CandidateResult[] = []
  // Names are folded once here, not once per comparison.
  const rowKeys = rows.map((row) => nameKey(row.name))
  for (const candidate of fromInfobox) {
    const at = bestRow(rowKeys, nameKey(candidate.name), taken)
    if (at === -1) {
      appended.push(fromInfoboxOnly(candidate))
      report(file, `Expected \`${candidate.name}\` of the infobox to have a row in the main table, got none; it is added from the infobox`, candidate.position, 'infobox-only-candidate')
      continue
    }
    taken.add(at)
    const row = merged[at] as CandidateResult
    compareFigures(row, candidate, file)
    if (row.withdrawn !== candidate.withdrawn) {
      const marked = candidate.withdrawn ? 'the infobox' : 'the table'
      const other = candidate.withdrawn ? 'the table' : 'the infobox'
      report(file, `Expected the table and the infobox to agree on whether \`${row.name}\` withdrew, got withdrawn in ${marked} only (not in ${other})`, candidate.entries.name?.position, 'withdrawn-mismatch')
    }
    merged[at] = {
      ...row,
      withdrawn: row.withdrawn || candidate.withdrawn,
      party: row.party ?? candidate.party,
      runningMate: row.runningMate ?? candidate.runningMate,
      homeState: candidate.homeState,
      color: candidate.color,
      // The table's figures win; the infobox fills a figure only where the table has none at
      // all (a `--` in a column of figures means none, not "ask the infobox").
      votes: lacks.votes ? candidate.votes : row.votes,
      percent: lacks.percent ? candidate.percent : row.percent,
      delegates: lacks.delegates ? candidate.delegates : row.delegates,
      electoralVotes: lacks.electoralVotes ? candidate.electoralVotes : row.electoralVotes,
      infoboxIndex: candidate.index
    }
  }
  return [...merged, ...appended]
}

/**
 * The row the infobox candidate stands for: the best name match, else the only free row with
 * the same last name (`Joe Biden` ~ `Joseph R. Biden Jr.`).
 */
function bestRow(rows: readonly NameKey[], candidate: NameKey, taken: ReadonlySet<number>): number {
  let best = -1
  let score = 0
  for (const [at, row] of rows.entries()) {
    if (taken.has(at)) continue
    const match = nameMatch(candidate, row)
    if (match > score) {
      best = at
      score = match
    }
  }
  if (best !== -1) return best
  const last = lastName(candidate)
  const sameLast = [...rows.keys()].filter((at) => !taken.has(at) && last !== '' && lastName(rows[at] as NameKey) === last)
  return sameLast.length === 1 ? (sameLast[0] as number) : -1
}

function compareFigures(row: CandidateResult, candidate: InfoboxCandidate, file: VFile): void {
  for (const figure of comparedFigures) {
    const fromTable = row[figure]
    const fromInfobox = candidate[figure]
    if (fromTable === null || fromInfobox === null || fromTable === fromInfobox) continue
    const entry = candidate.entries[figure]
    // The infobox rounds the table's share (`48.7` for `48.73`): that is no disagreement.
    if (figure === 'percent' && entry && isRoundingOf(entry.value, fromTable)) continue
    report(file, `Expected the infobox's ${figure} for \`${row.name}\` to match the table's \`${fromTable}\`, got \`${fromInfobox}\``, entry?.position, 'infobox-table-mismatch')
  }
}

/** Units of the last printed decimal a rounded share may be off (half a unit, and float slack). */
const roundingUnits = 0.5 + 1e-9

/** Whether the share printed as `text` is `exact` rounded to the decimals `text` shows. */
function isRoundingOf(text: string, exact: number): boolean {
  const value = parsePercent(text)
  if (value === null) return false
  const decimals = decimalsOf(text.replace('%', ''))
  return Math.abs(value - exact) <= roundingUnits * 10 ** -decimals
}

/** A result row made from an infobox candidate alone. */
export function fromInfoboxOnly(candidate: InfoboxCandidate): CandidateResult {
  return {
    name: candidate.name,
    kind: candidateKind(candidate.name),
    withdrawn: candidate.withdrawn,
    party: candidate.party,
    runningMate: candidate.runningMate,
    homeState: candidate.homeState,
    color: candidate.color,
    votes: candidate.votes,
    percent: candidate.percent,
    delegates: candidate.delegates,
    delegateBreakdown: null,
    electoralVotes: candidate.electoralVotes,
    winner: false,
    infoboxIndex: candidate.index,
    position: toSourcePosition(candidate.position)
  }
}
