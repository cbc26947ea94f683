/**
 * Writing an election back as a scraped article.
 */
import {toMarkdown as mdastToMarkdown} from 'mdast-util-to-markdown'
import type {Election} from '../model/election.js'
import {articleOptions} from './article-handlers.js'
import {articleProblems} from './article-problems.js'
import {electionToMdast} from './election-to-mdast.js'
import {MarkdownWriteError} from './markdown-write-error.js'

/**
 * Write `election` in the scraped article format that the parse stage reads:
 *
 *     = 2004 North Carolina Democratic presidential caucuses =
 *
 *     Infobox
 *     - Election Name: 2004 North Carolina Democratic presidential primary
 *
 *     ==Results==
 *
 *       - 2004 North Carolina Democratic presidential caucuses**
 *
 *     | Candidate | Votes | % | Delegates |
 *     | John Edwards | 9,093 | 51.06 | 57 |
 *
 * The article is rebuilt from the infobox and the raw tables, which are what parsing reads;
 * prose is not kept in the model and is not written. A date that the infobox lacks is
 * written as an `Election date: April 17, 2004` line after the infobox.
 *
 * Throws a `MarkdownWriteError` listing every value the format cannot hold unchanged (a `|`
 * in a cell, a line break, a label with `:`, ...) rather than write an article that would
 * parse back differently.
 */
export function toMarkdown(election: Election): string {
  const problems = articleProblems(election)
  if (problems.length > 0) throw new MarkdownWriteError(problems)
  return mdastToMarkdown(electionToMdast(election), articleOptions)
}
