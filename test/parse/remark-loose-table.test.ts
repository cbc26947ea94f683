import type {Root, Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {isDelimiterRow, isTableRow, maxRowCells, remarkLooseTable, splitRow} from '../../src/parse/remark-loose-table.js'
import {removePositions, runPlugins} from './run-plugin.js'

/** A source line at offset 0. */
const line = (text: string) => ({text, start: 0, end: text.length})

/** The cell texts `splitRow` reads off `text`. */
const cells = (text: string) => splitRow(line(text)).map((cell) => text.slice(cell.start, cell.end))

/** The tables of `text` as rows of cell texts. */
function tables(text: string): string[][][] {
  return tablesOf(runPlugins(text, remarkLooseTable)).map((table) =>
    table.children.map((row) => row.children.map((cell) => cell.children.map((child) => ('value' in child ? child.value : '')).join('')))
  )
}

/** The tree of `text` and its file, which holds the plugin's messages. */
function runOnFile(text: string): {tree: Root; file: VFile} {
  const file = new VFile(text)
  const processor = unified().use(remarkParse).use(remarkLooseTable)
  return {tree: processor.runSync(processor.parse(file), file) as Root, file}
}

function tablesOf(tree: Root): Table[] {
  return tree.children.filter((node): node is Table => node.type === 'table')
}

describe('isTableRow', () => {
  it('accepts lines whose first non-blank character is a pipe', () => {
    expect(isTableRow(line('| a | b |'))).toBe(true)
    expect(isTableRow(line('   |a'))).toBe(true)
  })

  it('rejects other lines', () => {
    expect(isTableRow(line('a | b |'))).toBe(false)
    expect(isTableRow(line(''))).toBe(false)
  })
})

describe('splitRow', () => {
  it('reads the trimmed text between pipes', () => {
    expect(cells('| John Edwards | 9,093 | 51.06 |')).toEqual(['John Edwards', '9,093', '51.06'])
  })

  it('keeps empty cells, the padding of title rows', () => {
    expect(cells('| Title | | |')).toEqual(['Title', '', ''])
  })

  it('reads text after the last pipe as a cell only when it is not blank', () => {
    expect(cells('| a | b')).toEqual(['a', 'b'])
    expect(cells('| a | b |  ')).toEqual(['a', 'b'])
  })

  it('gives offsets in the source, past the line start', () => {
    const row = '| ab |'
    expect(splitRow({text: row, start: 100, end: 106})).toEqual([{start: 102, end: 104}])
  })
})

describe('isDelimiterRow', () => {
  it('accepts dashes with optional alignment colons', () => {
    expect(isDelimiterRow(['---', ':--', '--:', ':-:'])).toBe(true)
  })

  it('rejects empty cells, colons alone, text and no cells', () => {
    expect(isDelimiterRow(['---', ''])).toBe(false)
    expect(isDelimiterRow([':'])).toBe(false)
    expect(isDelimiterRow(['-', 'x'])).toBe(false)
    expect(isDelimiterRow([])).toBe(false)
  })
})

describe('remarkLooseTable', () => {
  it('turns pipe rows without a delimiter row into a table', () => {
    const tree = runPlugins('| Candidate | Votes |\n| John Kerry | 4,844 |\n', remarkLooseTable)
    const cell = (value: string) => ({type: 'tableCell', children: [{type: 'text', value}]})
    expect(removePositions(tree)).toEqual({
      type: 'root',
      children: [
        {
          type: 'table',
          align: [],
          children: [
            {type: 'tableRow', children: [cell('Candidate'), cell('Votes')]},
            {type: 'tableRow', children: [cell('John Kerry'), cell('4,844')]}
          ]
        }
      ]
    })
  })

  it('keeps cell text exactly as written: `*`, `_` and `\\` are not markdown here', () => {
    expect(tables('| Name | Votes |\n| John Cox* | 10 |\n| _Tom_ \\ Jr. | **5** |\n')).toEqual([
      [['Name', 'Votes'], ['John Cox*', '10'], ['_Tom_ \\ Jr.', '**5**']]
    ])
  })

  it('gives empty cells no children', () => {
    const [table] = tablesOf(runPlugins('| a | |\n| b | c |', remarkLooseTable))
    expect(table?.children[0]?.children[1]).toMatchObject({type: 'tableCell', children: []})
  })

  it('gives each empty cell a children array of its own, which a plugin may fill in place', () => {
    const [table] = tablesOf(runPlugins('| a | |\n| | c |', remarkLooseTable))
    const [first, second] = table?.children ?? []
    const empty = first?.children[1]
    expect(empty?.children).not.toBe(second?.children[0]?.children)
    empty?.children.push({type: 'text', value: 'x'})
    expect(empty?.children).toEqual([{type: 'text', value: 'x'}])
    expect(second?.children[0]?.children).toEqual([])
  })

  it('gives each row an array of its own cells, at their count', () => {
    const [table] = tablesOf(runPlugins('| a | b |\n| c | d | e |', remarkLooseTable))
    const [first, second] = table?.children ?? []
    expect(first?.children).not.toBe(second?.children)
    expect(first?.children.map((cell) => cell.position?.start.column)).toEqual([3, 7])
    expect(second?.children).toHaveLength(3)
  })

  it('places every cell on its text in the source', () => {
    const text = 'Intro\n\n| Candidate | Votes |\n|  John Kerry |4,844|\n'
    const [table] = tablesOf(runPlugins(text, remarkLooseTable))
    const row = table?.children[1]
    expect(row?.position).toMatchObject({start: {line: 4, column: 1}, end: {line: 4, column: 22}})
    expect(row?.children.map((cell) => cell.position)).toMatchObject([
      {start: {line: 4, column: 4, offset: 32}, end: {line: 4, column: 14, offset: 42}},
      {start: {line: 4, column: 16, offset: 44}, end: {line: 4, column: 21, offset: 49}}
    ])
    expect(text.slice(32, 42)).toBe('John Kerry')
    expect(text.slice(44, 49)).toBe('4,844')
    expect(row?.children[0]?.children[0]?.position).toEqual(row?.children[0]?.position)
  })

  it('spans the table from its first to its last row', () => {
    const [table] = tablesOf(runPlugins('\n| a |\n| b |\n\n', remarkLooseTable))
    expect(table?.position).toMatchObject({start: {line: 2, column: 1}, end: {line: 3, column: 6}})
  })

  it('splits a table off a line glued above it', () => {
    const tree = runPlugins('Caucus date: March 8, 2008\n| Candidate | Votes |\n| Obama | 5,378 |', remarkLooseTable)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'table'])
    expect(removePositions(tree.children[0])).toEqual({type: 'paragraph', children: [{type: 'text', value: 'Caucus date: March 8, 2008'}]})
  })

  it('splits a table off a line glued below it', () => {
    const tree = runPlugins('| Candidate | Votes |\n| John Cox* | 10 |\n*Candidate had already dropped out.', remarkLooseTable)
    expect(tree.children.map((node) => node.type)).toEqual(['table', 'paragraph'])
    expect(removePositions(tree.children[1])).toEqual({type: 'paragraph', children: [{type: 'text', value: '*Candidate had already dropped out.'}]})
  })

  it('makes two tables of rows parted by a blank line', () => {
    expect(tables('| a |\n| 1 |\n\n| b |\n| 2 |')).toEqual([[['a'], ['1']], [['b'], ['2']]])
  })

  it('drops a GFM delimiter row and notes it', () => {
    const [table] = tablesOf(runPlugins('| a | b |\n|---|:-:|\n| 1 | 2 |', remarkLooseTable))
    expect(removePositions(table)?.children).toHaveLength(2)
    expect(table?.data).toEqual({delimiterRow: true})
  })

  it('drops only the first delimiter row, and never the first row', () => {
    expect(tables('| --- |\n| a |\n| --- |\n| --- |')).toEqual([[['---'], ['a'], ['---']]])
  })

  it('takes a first row of one title cell padded with empty cells as the caption, keeping the row', () => {
    const text = '| 2004 Maine caucuses[1] | | |\n| Candidate | Votes | % |\n| John Kerry | 8,296 | 44.2% |'
    const [table] = tablesOf(runPlugins(text, remarkLooseTable))
    expect(table?.children).toHaveLength(3)
    expect(table?.data?.caption).toEqual({
      value: '2004 Maine caucuses[1]',
      kind: 'row',
      position: {start: {line: 1, column: 3, offset: 2}, end: {line: 1, column: 25, offset: 24}}
    })
  })

  it('takes no caption from a full first row, a one-cell row or a table of one row', () => {
    const captions = ['| a | b |\n| 1 | 2 |', '| a |\n| 1 |', '| Title | |'].map(
      (text) => tablesOf(runPlugins(text, remarkLooseTable))[0]?.data?.caption
    )
    expect(captions).toEqual([undefined, undefined, undefined])
  })

  it('reads the last row of a file without a final newline', () => {
    expect(tables('| a | b |\n| 1 | 2 |')).toEqual([[['a', 'b'], ['1', '2']]])
  })

  it('reads rows ended by \\r\\n', () => {
    expect(tables('| a | b |\r\n| 1 | 2 |\r\n')).toEqual([[['a', 'b'], ['1', '2']]])
  })

  it('leaves pipes inside code alone', () => {
    expect(tables('```\n| a |\n| b |\n```')).toEqual([])
  })

  it(`keeps a row of ${maxRowCells} cells as written, silently`, () => {
    const {tree, file} = runOnFile('|' + ' a |'.repeat(maxRowCells))
    expect(tablesOf(tree)[0]?.children[0]?.children).toHaveLength(maxRowCells)
    expect(file.messages).toEqual([])
  })

  it('reads the cells of a wider row past the last but one as one cell, from its first text to its last, and says so', () => {
    const row = '|' + ' a |'.repeat(maxRowCells - 1) + ' | b | | c |'
    const {tree, file} = runOnFile(row)
    const cells = tablesOf(tree)[0]?.children[0]?.children ?? []
    expect(cells).toHaveLength(maxRowCells)
    expect(cells.at(-1)).toMatchObject({children: [{type: 'text', value: 'b | | c'}], position: {start: {offset: row.indexOf('b')}, end: {offset: row.length - 2}}})
    expect(file.messages).toMatchObject([{ruleId: 'row-too-wide', reason: `Expected a table row of at most \`${maxRowCells}\` cells, got \`${maxRowCells + 3}\`; the last \`4\` are read as one cell`}])
  })
})
