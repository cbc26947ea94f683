/**
 * Name the result rows whose name cell the scrape lost, from the infobox candidate whose
 * figures they repeat.
 */
import type {VFile} from 'vfile'
import type {CandidateResult} from '../model/election.js'
import {report} from '../model/report.js'
import {candidateKind} from './candidate-kind.js'
import type {InfoboxCandidate} from './infobox-candidates.js'

/**
 * `rows` with each nameless row (name `''`, see `ReadRow.nameLost`) named after the one
 * infobox candidate with the same votes (and the same share where both give one) that names
 * no other row. Every nameless row is reported, named or not: its name is not on the page.
 *
 *     - Candidate1: John McCain
 *     - Popular Vote1: 102
 *     | 102 | 31.5% | 0 | | |     <- named `John McCain`
 */
export function nameLostRows(rows: readonly CandidateResult[], fromInfobox: readonly InfoboxCandidate[], file: VFile): CandidateResult[] {
  const named = new Set(rows.map((row) => row.name))
  const used = new Set<InfoboxCandidate>()
  return rows.map((row) => {
    if (row.name !== '') return row
    const matches = fromInfobox.filter((candidate) => !used.has(candidate) && !named.has(candidate.name) && sameFigures(row, candidate))
    const match = matches.length === 1 ? matches[0] : undefined
    const figures = `\`${row.votes ?? '-'}\` votes (\`${row.percent ?? '-'}%\`)`
    if (!match) {
      report(file, `Expected a name in the result row of ${figures}, got none (the copy lost its name cell), and no one infobox candidate has its figures; it is kept unnamed`, row.position ?? undefined, 'name-missing')
      return row
    }
    used.add(match)
    report(file, `Expected a name in the result row of ${figures}, got none (the copy lost its name cell); it is named \`${match.name}\` after the infobox candidate with the same figures`, row.position ?? undefined, 'name-missing')
    return {...row, name: match.name, kind: candidateKind(match.name)}
  })
}

/** Whether the row's votes are the candidate's and their shares, where both give one, agree. */
function sameFigures(row: CandidateResult, candidate: InfoboxCandidate): boolean {
  if (row.votes === null || candidate.votes !== row.votes) return false
  return row.percent === null || candidate.percent === null || candidate.percent === row.percent
}
