/**
 * Writing an election back as a scraped article.
 */
import type {Election} from '../model/election.js'
import {articleProblems} from './article-problems.js'
import {electionDifferences} from './election-differences.js'
import {MarkdownWriteError} from './markdown-write-error.js'
import {readArticleBack} from './read-article-back.js'
import {reviseArticle} from './revise-article.js'
import {writeArticle} from './write-article.js'

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
 * The data decides what the article says. It is written from the infobox and the raw
 * tables, which are what parsing reads, as long as they read back as the election's own
 * contest fields, candidates and totals; where they do not (data read from CSV has no
 * tables, an edited JSON file has old tables), the infobox entries of the differing fields
 * are rewritten and the main table is built from the candidates (`reviseArticle`). Prose
 * is not kept in the model and is not written. A date that the infobox lacks is written as
 * an `Election date: April 17, 2004` line after the infobox.
 *
 * Throws a `MarkdownWriteError` listing every value the format cannot hold unchanged (a `|`
 * in a cell, a line break, a label with `:`, a field that would read back otherwise, ...)
 * rather than write an article that would parse back differently.
 */
export function toMarkdown(election: Election): string {
  const problems = articleProblems(election)
  if (problems.length > 0) throw new MarkdownWriteError(problems)
  const text = writeArticle(election)
  const differences = electionDifferences(election, readArticleBack(text))
  if (differences.length === 0) return text
  const revised = reviseArticle(election, differences)
  const revisedProblems = articleProblems(revised)
  if (revisedProblems.length > 0) throw new MarkdownWriteError(revisedProblems)
  const revisedText = writeArticle(revised)
  const left = electionDifferences(election, readArticleBack(revisedText))
  if (left.length > 0) throw new MarkdownWriteError(left)
  return revisedText
}
