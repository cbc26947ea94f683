import type {Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {remarkLooseTable} from '../../src/parse/remark-loose-table.js'
import {parseCaptionLine, remarkTableCaption} from '../../src/parse/remark-table-caption.js'
import {removePositions, runPlugins} from './run-plugin.js'

/** A source line at offset 0. */
const line = (text: string) => ({text, start: 0, end: text.length})

/** The caption text `parseCaptionLine` reads off `text`. */
function read(text: string): string | null {
  const range = parseCaptionLine(line(text))
  return range ? text.slice(range.start, range.end) : null
}

/** Tables and captions run in the preset's order. */
const parse = (text: string) => runPlugins(text, remarkLooseTable, remarkTableCaption)

function tablesOf(text: string): Table[] {
  return parse(text).children.filter((node): node is Table => node.type === 'table')
}

const styled = '  - style="background-color:#f2f2f2;margin-bottom:-1px;border:1px solid #aaa;" |2004 North Carolina caucuses**'

describe('parseCaptionLine', () => {
  it('reads the garbled `style="..." |Caption**` form', () => {
    expect(read(styled)).toBe('2004 North Carolina caucuses')
  })

  it('reads the plain `- Caption**` form, footnotes kept', () => {
    expect(read('  - 2004 Oklahoma Democratic presidential primary[1]**')).toBe('2004 Oklahoma Democratic presidential primary[1]')
  })

  it('skips spaces after the style pipe', () => {
    expect(read('- style="x" |  Results**')).toBe('Results')
  })

  it('rejects list items without the closing `**`, and empty captions', () => {
    expect(read('- 2004 Democratic Party presidential primaries')).toBeNull()
    expect(read('- **')).toBeNull()
    expect(read('- style="x" |**')).toBeNull()
    expect(read('-Caption**')).toBeNull()
  })
})

describe('remarkTableCaption', () => {
  it('attaches a styled caption line to the table under it and drops the line', () => {
    const tree = parse(`${styled}\n\n| Candidate | Votes |\n| John Edwards | 9,093 |\n`)
    expect(tree.children.map((node) => node.type)).toEqual(['table'])
    expect(removePositions((tree.children[0] as Table).data)).toEqual({caption: {value: '2004 North Carolina caucuses', kind: 'line'}})
  })

  it('attaches a plain caption line glued to the table', () => {
    const [table] = tablesOf('  - Oklahoma primary[1]**\n| Candidate | Votes |\n| Wesley Clark | 90,526 |')
    expect(table?.data?.caption?.value).toBe('Oklahoma primary[1]')
  })

  it('places the caption on its text', () => {
    const [table] = tablesOf('==Results==\n  - Oklahoma primary**\n| A | B |\n| 1 | 2 |')
    expect(table?.data?.caption?.position).toMatchObject({start: {line: 2, column: 5}, end: {line: 2, column: 21}})
  })

  it('prefers the caption line over a title row, which stays a row', () => {
    const [table] = tablesOf('  - From the line**\n| From the row | |\n| A | B |\n| 1 | 2 |')
    expect(table?.data?.caption).toMatchObject({value: 'From the line', kind: 'line'})
    expect(table?.children).toHaveLength(3)
  })

  it('keeps a caption line with no table after it as a plain paragraph', () => {
    const tree = parse('  - Orphan caption**\n\nSome prose.')
    expect(removePositions(tree).children).toEqual([
      {type: 'paragraph', children: [{type: 'text', value: '- Orphan caption**'}]},
      {type: 'paragraph', children: [{type: 'text', value: 'Some prose.'}]}
    ])
  })

  it('gives only the nearest of two caption lines to the table', () => {
    const tree = parse('  - First**\n  - Second**\n| A |\n| 1 |')
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'table'])
    expect((tree.children[1] as Table).data?.caption?.value).toBe('Second')
  })
})
