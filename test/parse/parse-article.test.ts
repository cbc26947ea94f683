import type {Table} from 'mdast'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse/parse-article.js'

describe('parseArticle', () => {
  it('parses a file with the whole preset', () => {
    const tree = parseArticle(new VFile('==Results==\n| Candidate | Votes |\n| A. Smith | 12 |'))
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'table'])
  })

  it('places cells by the file text, so positions point into the source', () => {
    const text = '= Title =\n\n| Candidate | Votes |\n| A. Smith | 1,204 |\n'
    const tree = parseArticle(new VFile(text))
    const cell = (tree.children[1] as Table).children[1]?.children[1]
    expect(cell?.position?.start).toMatchObject({line: 4, column: 14})
    expect(text.slice(cell?.position?.start.offset, cell?.position?.end.offset)).toBe('1,204')
  })

  it('parses an empty file to an empty root', () => {
    expect(parseArticle(new VFile('')).children).toEqual([])
  })
})
