/**
 * Give the marks after candidates' names (`John Cox*`) the meaning their legends state.
 */
import type {VFile} from 'vfile'
import type {CandidateResult, SourcePosition} from '../model/election.js'
import {report} from '../model/report.js'
import type {Legend, LegendMeaning} from './read-legend.js'

/**
 * Mark every row whose mark a withdrawal legend explains as withdrawn; an incumbent or other
 * legend changes nothing. A legend that names no mark (`- Withdrew before the vote.`)
 * explains the one mark the rows carry that no marked legend explains.
 *
 * A mark that no legend explains is a warning on its row, as is an unmarked withdrawal legend
 * when no row carries a mark (a colour key the scrape lost): withdrawals may be missing, among
 * the candidates it names.
 */
export function applyLegends(
  rows: readonly CandidateResult[],
  marks: readonly (string | null)[],
  legends: readonly Legend[],
  legendPlace: SourcePosition | null,
  file: VFile
): CandidateResult[] {
  const meanings = new Map<string, LegendMeaning>()
  for (const legend of legends) {
    if (legend.mark !== null && !meanings.has(legend.mark)) meanings.set(legend.mark, legend.meaning)
  }
  const unexplained = [...new Set(marks.filter((mark): mark is string => mark !== null && !meanings.has(mark)))]
  const unmarked = legends.filter((legend) => legend.mark === null)
  const onlyMark = unexplained.length === 1 ? unexplained[0] : undefined
  const first = unmarked[0]
  if (onlyMark !== undefined && first) meanings.set(onlyMark, first.meaning)
  if (first && first.meaning === 'withdrawn' && !marks.some((mark) => mark !== null)) {
    // Naming the people the key may concern (each once) ties the warning to each of their rows.
    const names = [...new Set(rows.filter((row) => row.kind === 'candidate').map((row) => `\`${row.name}\``))].join(', ')
    const among = names === '' ? '' : ` among ${names}`
    report(file, `Expected the rows to carry the mark the legend \`${first.text}\` explains, got none (a colour key is lost in the scrape); withdrawals may be missing${among}`, legendPlace ?? undefined, 'legend-unreadable')
  }
  return rows.map((row, at) => {
    const mark = marks[at]
    if (mark === null || mark === undefined) return row
    const meaning = meanings.get(mark)
    if (meaning === undefined) {
      report(file, `Expected a legend that says what \`${mark}\` after \`${row.name}\` means, got none; it is read as no withdrawal`, row.position ?? undefined, 'legend-missing')
      return row
    }
    return meaning === 'withdrawn' ? {...row, withdrawn: true} : row
  })
}
