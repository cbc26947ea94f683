import type {Heading, Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import type {InfoboxNode} from '../../src/parse/mdast-wiki.js'
import {remarkWikitally} from '../../src/parse/remark-wikitally.js'
import {removePositions, runPlugins} from './run-plugin.js'

const article = `= 2004 Maine Democratic caucuses =
Infobox
- Election Date: 2004-02-08
- Candidate1: John Kerry

Maine Democrats met on February 8.

==Results==
  - style="background:#eee" |2004 Maine Democratic caucuses**
| Candidate | Votes | % |
| John Kerry | 8,296 | 44.2% |
| Total | 18,760 | 100% |
*Withdrew before the caucus.`

describe('remarkWikitally', () => {
  it('reads headings, the infobox glued to the title, captioned tables and glued notes', () => {
    const tree = runPlugins(article, remarkWikitally)
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'infobox', 'paragraph', 'heading', 'table', 'paragraph'])
    expect((tree.children[0] as Heading).depth).toBe(1)
    expect((tree.children[1] as InfoboxNode).children.map((entry) => entry.key)).toEqual(['Election Date', 'Candidate1'])
    const table = tree.children[4] as Table
    expect(removePositions(table.data)).toEqual({caption: {value: '2004 Maine Democratic caucuses', kind: 'line'}})
    expect(table.children).toHaveLength(3)
    expect(removePositions(tree.children[5])).toEqual({type: 'paragraph', children: [{type: 'text', value: '*Withdrew before the caucus.'}]})
  })

  it('reads the same article with spaced headings and a final newline', () => {
    const spaced = article.replace('==Results==', '== Results ==') + '\n'
    expect(removePositions(runPlugins(spaced, remarkWikitally))).toEqual(removePositions(runPlugins(article, remarkWikitally)))
  })
})
