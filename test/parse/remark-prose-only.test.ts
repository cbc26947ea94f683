import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractElection} from '../../src/extract/extract-election.js'
import {remarkFlatSyntax} from '../../src/parse/remark-flat-syntax.js'
import {remarkProseOnly} from '../../src/parse/remark-prose-only.js'
import {remarkWikitally} from '../../src/parse/remark-wikitally.js'
import {articleFixtures} from '../article-fixtures.js'

const whole = unified().use(remarkParse).use(remarkFlatSyntax).use(remarkWikitally).freeze()
const proseOnly = unified().use(remarkParse).use(remarkFlatSyntax).use(remarkProseOnly).use(remarkWikitally).freeze()

/** The election `processor` gives for `text`. */
function electionWith(processor: typeof whole, text: string) {
  const file = new VFile({path: 'a.md', value: text})
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {election: extractElection(tree, file), messages: file.messages.map(String)}
}

const tricky = [
  '= T =\nProse glued above.\n| Candidate | Votes |\n| Ann | 5 |\nProse glued below.\n',
  '= T =\n\n```\n| Candidate | Votes |\n| Ann | 5 |\n```\n\n| Candidate | Votes |\n| Bo | 7 |\n',
  '= T =\nInfobox\n- Candidate1: Ann\n- Popular Vote1: 5\nA line after the infobox.\n- Not: an entry\n',
  '= T =\r\n\r\n==Results==\r\n  - Caption**\r\n\r\n| Candidate | Votes |\r\n| Ann | 5 |\r\n',
  'Lead *with* [markup](x).\n\n> quote\n\n- list item\n\n| Candidate | Votes |\n| Ann | 5 |'
]

describe('remarkProseOnly', () => {
  it('gives the same election and messages as parsing the whole article, on every real article', () => {
    for (const fixture of articleFixtures()) {
      expect(electionWith(proseOnly, fixture.input), fixture.slug).toEqual(electionWith(whole, fixture.input))
    }
  })

  it('gives the same election on glued lines, fences, CRLF and markup', () => {
    for (const text of tricky) expect(electionWith(proseOnly, text)).toEqual(electionWith(whole, text))
  })

  it('keeps the positions of prose nodes in the article', () => {
    const file = new VFile('= T =\n\n| A | B |\n| x | 1 |\n\nSome prose.\n')
    const tree = proseOnly.runSync(proseOnly.parse(file), file) as Root
    const paragraph = tree.children.find((node) => node.type === 'paragraph')
    expect(paragraph?.position?.start).toEqual({line: 6, column: 1, offset: 28})
  })
})
