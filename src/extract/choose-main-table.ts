/**
 * Choose the main results table among an article's tables, and say so when it was a choice.
 */
import type {VFile} from 'vfile'
import type {Stage} from '../model/election.js'
import {report} from '../model/report.js'
import type {ArticleTable} from './article-parts.js'
import {cleanName} from './clean-name.js'
import {parseCount} from './parse-count.js'
import {partyOf} from './extract-contest.js'
import type {ReadTable} from './read-table.js'
import {stagesNamed} from './stages-named.js'
import {isResultsTable, roleColumns} from './table-results.js'

/**
 * The index of the main results table in `tables`, or -1.
 *
 * With one results table it is that one. A page holding several contests (a section per
 * party, each with its results) keeps the table of the contest its title names, else the
 * first, and warns at that table naming the others: its candidates are one contest of
 * several. Several results tables of one contest (a second count, a later canvass) keep the
 * first, with a warning that it was chosen by its place. A general election's page that
 * also gives a primary (`==Republican primary==` before `==General election==`) keeps the
 * first table under no heading naming a primary, caucus or convention, and warns naming
 * the others.
 */
export function chooseMainTable(
  tables: readonly ArticleTable[], reads: readonly (ReadTable | undefined)[], titleParty: string | null, file: VFile,
  titleStage: Stage | null = null, infoboxVotes: readonly number[] = []
): number {
  const results = reads.flatMap((read, at) => (read && isResultsTable(read) ? [at] : []))
  const first = results[0]
  if (first === undefined || results.length === 1) return first ?? -1
  if (titleStage === 'general') {
    const underStage = (at: number) => (tables[at]?.headings ?? []).find((heading) => stagesNamed(heading).length > 0)
    const general = results.find((at) => underStage(at) === undefined)
    const staged = [...new Set(results.flatMap((at) => underStage(at) ?? []))]
    if (general !== undefined && staged.length > 0) {
      const others = staged.map((name) => `\`${name}\``).join(', ')
      report(file, `Expected one contest, got ${results.length} results tables; the candidates${namesOf(reads[general])} are those of the general election, the tables of ${others} are kept in \`tables\` only`, tables[general]?.node.position, 'several-contests')
      return general
    }
  }
  const partyAt = (at: number) => partyOf(tables[at]?.section ?? null)
  const parties = new Set(results.map(partyAt).filter((party) => party !== null))
  const sections = results.map((at) => tables[at]?.section ?? 'the lead')
  if (parties.size > 1) {
    const main = results.find((at) => titleParty !== null && partyAt(at) === titleParty) ?? first
    const section = tables[main]?.section ?? 'the lead'
    const others = sections.filter((name) => name !== section).map((name) => `\`${name}\``).join(', ')
    report(file, `Expected one contest, got ${results.length} results tables of different parties; the candidates${namesOf(reads[main])} are those of \`${section}\`, the tables of ${others} are kept in \`tables\` only`, tables[main]?.node.position, 'several-contests')
    return main
  }
  // The infobox gives the main contest's figures: a first table that has none of them is another
  // contest's (a primary above the general election under one `Results` heading).
  const agreeing = results.find((at) => givesAnyVotes(reads[at], infoboxVotes))
  if (agreeing !== undefined && agreeing !== first && !givesAnyVotes(reads[first], infoboxVotes)) {
    report(file, `Expected one contest, got ${results.length} results tables; the candidates${namesOf(reads[agreeing])} are those of the table whose votes the infobox gives, the others are kept in \`tables\` only`, tables[agreeing]?.node.position, 'several-contests')
    return agreeing
  }
  const where = [...new Set(sections)].map((name) => `\`${name}\``).join(', ')
  report(file, `Expected one results table, got ${results.length} (in ${where}); the candidates${namesOf(reads[first])} come from the first, chosen by its place`, tables[first]?.node.position, 'main-table-guess')
  return first
}

/** Whether a result row of `read` has votes equal to one of `votes`. */
function givesAnyVotes(read: ReadTable | undefined, votes: readonly number[]): boolean {
  if (!read || votes.length === 0) return false
  const column = roleColumns(read).votes
  if (column === -1) return false
  return read.rows.some((row) => {
    const cell = row.kind === 'result' ? row.cells[column] : null
    const count = cell ? parseCount(cell.text) : null
    return count !== null && votes.includes(count)
  })
}

/** ` (`Ann Lee`, `Sam Roy`)`: the names of a table's result rows, so the message names each. */
function namesOf(read: ReadTable | undefined): string {
  if (!read) return ''
  const column = roleColumns(read).name
  const names = read.rows.flatMap((row) => {
    if (row.kind !== 'result') return []
    const cell = row.cells[column]
    const name = cleanName(cell && cell.text !== '' ? cell.text : row.label?.text ?? '').name
    return name === '' ? [] : [`\`${name}\``]
  })
  return names.length === 0 ? '' : ` (${names.join(', ')})`
}
