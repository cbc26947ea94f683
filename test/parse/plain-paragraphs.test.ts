import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {plainParagraphs} from '../../src/parse/plain-paragraphs.js'
import {remarkFlatSyntax} from '../../src/parse/remark-flat-syntax.js'
import {createLineIndex} from '../../src/parse/source-lines.js'
import {articleFixtures} from '../article-fixtures.js'

const markdown = unified().use(remarkParse).use(remarkFlatSyntax).freeze()

/** What remark-parse with the flat syntax makes of `text`: the root's children. */
function parsed(text: string) {
  return (markdown.parse(text) as Root).children
}

/** What plainParagraphs makes of the whole of `text`. */
function plain(text: string) {
  return plainParagraphs(createLineIndex(text), 0, text.length)
}

describe('plainParagraphs', () => {
  it('reads paragraphs split by blank lines, with the nodes remark-parse builds', () => {
    const text = 'First line\n  second line.\n\n \t\nAnother *paragraph* [x](y) &amp;.\n- not a list\n* *Withdrew.*'
    expect(plain(text)).toEqual(parsed(text))
    expect(plain(text)).toHaveLength(2)
  })

  it('gives up on lines that could start another construct', () => {
    for (const text of ['# Heading', 'Text\n===', 'Text\n---', 'Text\n - -', '***', '_ _ _', '<div>', '```\ncode\n```', '~~~', '    code', '\tcode', 'Hard  \nbreak', 'a\r\nb', 'a\0b']) {
      expect(plain(text), JSON.stringify(text)).toBeNull()
    }
  })

  it('agrees with remark-parse wherever it reads a text at all', () => {
    const pieces = ['a', 'Word', ' ', '  ', '\t', '\n', '\n\n', '#', '-', '=', '*', '_', '<', '`', '~', '>', '1.', '+', '[', ']', '(', ')', '&', '\\', '|', ':', '\u00a0', '\r']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), (parts) => {
        const text = parts.join('')
        const result = plain(text)
        if (result !== null) expect(result).toEqual(parsed(text))
      }),
      {numRuns: 3000}
    )
  })

  it('reads most of the prose of the real articles, as remark-parse does', () => {
    let read = 0
    let runs = 0
    for (const fixture of articleFixtures()) {
      for (const block of fixture.input.split(/\n(?=[=|]|Infobox)/)) {
        runs++
        const result = plain(block)
        if (result === null) continue
        read++
        expect(result, fixture.slug).toEqual(parsed(block))
      }
    }
    expect(read / runs).toBeGreaterThan(0.5)
  })
})
