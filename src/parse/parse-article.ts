/**
 * Parse an article in the scraped format into an mdast tree.
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {remarkWikitally} from './remark-wikitally.js'

const processor = unified().use(remarkParse).use(remarkWikitally).freeze()

/** Parse `file` (its `value` is the article text) into mdast with the format's nodes. */
export function parseArticle(file: VFile): Root {
  const tree = processor.runSync(processor.parse(file), file)
  if (tree.type !== 'root') throw new Error('Expected the processor to return a root')
  return tree as Root
}
