import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {articleParts} from '../../src/extract/article-parts.js'
import {parseArticle} from '../../src/parse/parse-article.js'

const partsOf = (text: string) => articleParts(parseArticle(new VFile(text)), text)

const article = `= 2008 Iowa Republican caucuses =
Infobox
- Election Date: 2008-01-03

Iowa voted first.

==Results==
| Candidate | Votes |
| John Cox* | 10 |
*Candidate had already dropped out.

===By county===
| County | Votes |
| Adair | 10 |`

describe('articleParts', () => {
  it('reads the title from the first level-1 heading', () => {
    expect(partsOf(article).title).toMatchObject({text: '2008 Iowa Republican caucuses', position: {start: {line: 1, column: 1}}})
  })

  it('collects the infobox entries and where the infobox is', () => {
    const parts = partsOf(article)
    expect(parts.infobox.map((entry) => [entry.key, entry.value])).toEqual([['Election Date', '2008-01-03']])
    expect(parts.infoboxPosition?.start.line).toBe(2)
  })

  it('gives each table the headings it stands under, a heading closing those of its depth', () => {
    const text = '= T =\n\n==Republican primary==\n===Results===\n| A | 1 |\n\n==General election==\n===Results===\n| B | 2 |\n'
    expect(partsOf(text).tables.map((table) => table.headings)).toEqual([['Republican primary', 'Results'], ['General election', 'Results']])
    expect(partsOf(article).tables.map((table) => table.headings)).toEqual([['Results'], ['Results', 'By county']])
  })

  it('gives each table its section and the lines glued under it', () => {
    expect(partsOf(article).tables.map((table) => [table.section, table.notes])).toEqual([
      ['Results', ['*Candidate had already dropped out.']],
      ['By county', []]
    ])
  })

  it('gives each paragraph its section, null in the lead', () => {
    expect(partsOf(article).texts.map((text) => [text.section, text.text])).toEqual([
      [null, 'Iowa voted first.'],
      ['Results', '*Candidate had already dropped out.']
    ])
  })

  it('reads several infobox blocks as one', () => {
    expect(partsOf('Infobox\n- A: 1\n\nText\n\nInfobox\n- B: 2').infobox.map((entry) => entry.key)).toEqual(['A', 'B'])
  })

  it('gives a paragraph after a blank line to no table', () => {
    expect(partsOf('| a | b |\n| 1 | 2 |\n\nLater text.').tables[0]?.notes).toEqual([])
  })
})
