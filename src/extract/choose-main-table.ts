/**
 * Choose the main results table among an article's tables, and say so when it was a choice.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'
import type {ArticleTable} from './article-parts.js'
import {cleanName} from './clean-name.js'
import {partyOf} from './extract-contest.js'
import type {ReadTable} from './read-table.js'
import {isResultsTable, roleColumns} from './table-results.js'

/**
 * The index of the main results table in `tables`, or -1.
 *
 * With one results table it is that one. A page holding several contests (a section per
 * party, each with its results) keeps the table of the contest its title names, else the
 * first, and warns at that table naming the others: its candidates are one contest of
 * several. Several results tables of one contest (a second count, a later canvass) keep the
 * first, with a warning that it was chosen by its place.
 */
export function chooseMainTable(tables: readonly ArticleTable[], reads: readonly (ReadTable | undefined)[], titleParty: string | null, file: VFile): number {
  const results = reads.flatMap((read, at) => (read && isResultsTable(read) ? [at] : []))
  const first = results[0]
  if (first === undefined || results.length === 1) return first ?? -1
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
  report(file, `Expected one results table, got ${results.length} (in ${[...new Set(sections)].map((name) => `\`${name}\``).join(', ')}); the candidates${namesOf(reads[first])} come from the first, chosen by its place`, tables[first]?.node.position, 'main-table-guess')
  return first
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
