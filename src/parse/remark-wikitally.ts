/**
 * Preset of the plugins that read the scraped article format, in the order they must run: the
 * one place that decides how an article is parsed.
 */
import type {Preset} from 'unified'
import {remarkFlatSyntax} from './remark-flat-syntax.js'
import {remarkInfobox} from './remark-infobox.js'
import {remarkLooseTable} from './remark-loose-table.js'
import {remarkProseOnly} from './remark-prose-only.js'
import {remarkTableCaption} from './remark-table-caption.js'
import {remarkWikiHeading} from './remark-wiki-heading.js'

/**
 * The whole scraped article format; use it after remark-parse.
 *
 *     unified().use(remarkParse).use(remarkWikitally)
 *
 * First the parser is configured: `remarkFlatSyntax` turns off the markdown constructs the
 * format never uses and `remarkProseOnly` hands markdown only the prose lines. Then the
 * transformers: headings go first so that an `Infobox` line glued under the title is seen;
 * tables before captions so that a caption can find the table it belongs to.
 */
export const remarkWikitally: Preset = {
  plugins: [remarkFlatSyntax, remarkProseOnly, remarkWikiHeading, remarkInfobox, remarkLooseTable, remarkTableCaption]
}
