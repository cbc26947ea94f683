/**
 * Writing elections as a GitHub-flavoured markdown report.
 */
import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {electionList, type Elections} from './election-list.js'
import {electionToReportMdast} from './election-to-report-mdast.js'
import {writeReportTable} from './report-table-handler.js'

/**
 * Write elections as a report to paste into an issue, a README or a notebook: per election
 * a heading, the contest line, the results table (GFM, figures right-aligned, the winner in
 * bold with ✓) and the warnings as a list (see `electionToReportMdast`). Built as mdast and
 * written by remark-stringify with remark-gfm, so every value is escaped as markdown needs
 * (a `|` in a name stays in its cell). `\n` line endings, a final newline; no elections give
 * the empty string.
 */
export function toGfm(input: Elections): string {
  const tree: Root = {type: 'root', children: electionList(input).flatMap(electionToReportMdast)}
  if (tree.children.length === 0) return ''
  // Handlers given here take over remark-gfm's: the table's layout, not its escaping.
  return unified().use(remarkStringify, {bullet: '-', handlers: {table: writeReportTable}}).use(remarkGfm).stringify(tree)
}
