/**
 * Preset of the plugins that read the scraped article format, in the order they must run.
 */
import type {Preset} from 'unified'
import {remarkInfobox} from './remark-infobox.js'
import {remarkLooseTable} from './remark-loose-table.js'
import {remarkTableCaption} from './remark-table-caption.js'
import {remarkWikiHeading} from './remark-wiki-heading.js'

/**
 * Read wiki headings, the infobox, delimiter-less tables and their captions.
 *
 * Headings go first so that an `Infobox` line glued under the title is seen; tables before
 * captions so that a caption can find the table it belongs to.
 */
export const remarkWikitally: Preset = {
  plugins: [remarkWikiHeading, remarkInfobox, remarkLooseTable, remarkTableCaption]
}
