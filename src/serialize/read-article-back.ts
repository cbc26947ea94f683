/**
 * Reading a written article back, to check it.
 */
import {VFile} from 'vfile'
import {extractElection} from '../extract/extract-election.js'
import type {Election} from '../model/election.js'
import {parseArticle} from '../parse/parse-article.js'

/** The election the parse and extract stages read from article `text` (no rules run). */
export function readArticleBack(text: string): Election {
  const file = new VFile({value: text})
  return extractElection(parseArticle(file), file)
}
