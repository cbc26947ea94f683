import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {parseElection} from '../../src/parse-election.js'
import {maxListedWarnings} from '../../src/serialize/election-to-report-mdast.js'
import {toGfm} from '../../src/serialize/to-gfm.js'
import {electionsArbitrary} from './property-elections.js'
import {candidate, election} from './sample-election.js'

const seed = parseElection(readFileSync('fixtures/articles/2004-north-carolina-democratic-caucuses/input.md', 'utf8')).election

/** The tree of GFM `text`, as GitHub would read it. */
function read(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text)
}

/** The tables of `tree` (the report puts them at the top level). */
function tables(tree: Root): Table[] {
  return tree.children.filter((node): node is Table => node.type === 'table')
}

/** The cells of `table` as text, row by row. */
function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)))
}

describe('toGfm', () => {
  test('writes the seed as a heading, the contest line and a GFM table with its figures', () => {
    const tree = read(toGfm(seed))
    const [heading, contest] = tree.children
    expect(heading).toMatchObject({type: 'heading', depth: 2})
    expect(toString(heading)).toBe('2004 North Carolina Democratic presidential caucuses')
    expect(toString(contest)).toBe('April 17, 2004 · caucus · Democratic · North Carolina (NC)')
    const [table] = tables(tree)
    if (table === undefined) throw new Error('Expected a table')
    expect(table.align).toEqual(['left', 'right', 'right', 'right'])
    expect(cells(table)).toEqual([
      ['Candidate', 'Votes', '%', 'Delegates'],
      ['John Edwards ✓ (withdrawn)', '9093', '51.06', '57'],
      ['John Kerry', '4844', '27.20', '29'],
      ['Dennis Kucinich', '2175', '12.21', '4'],
      ['Howard Dean (withdrawn)', '1009', '5.67', '0'],
      ['Al Sharpton', '582', '3.27', '0'],
      ['Uncommitted', '106', '0.60', '17'],
      ['Total', '17809', '100', '107']
    ])
  })

  test('marks the winner in bold', () => {
    const [table] = tables(read(toGfm(seed)))
    const strong = table?.children[1]?.children[0]?.children[0]
    expect(strong).toMatchObject({type: 'strong'})
    expect(toString(strong)).toBe('John Edwards')
  })

  test('lists the warnings with their rule ids, without info messages', () => {
    const list = read(toGfm(seed)).children.find((node) => node.type === 'list')
    expect(list?.children.map((item) => toString(item))).toEqual([
      "warning stage-mismatch (line 4): Expected the election name to name the title's stage `caucus`, got `primary`",
      'warning withdrawn-mismatch (line 18): Expected the table and the infobox to agree on whether `John Edwards` withdrew, got withdrawn in the infobox only (not in the table)',
      'warning withdrawn-mismatch (line 39): Expected the table and the infobox to agree on whether `Howard Dean` withdrew, got withdrawn in the table only (not in the infobox)'
    ])
  })

  test(`lists the first ${maxListedWarnings} warnings and says how many more there are`, () => {
    const messages = Array.from({length: maxListedWarnings + 42}, (_, at) => ({ruleId: 'duplicate-infobox-key', severity: 'warning' as const, reason: 'Expected infobox key `a` once', line: at + 1, column: 1, endLine: at + 1, endColumn: 7}))
    const list = read(toGfm({...seed, messages})).children.find((node) => node.type === 'list')
    const items = list?.children.map((item) => toString(item)) ?? []
    expect(items).toHaveLength(maxListedWarnings + 1)
    expect(items[maxListedWarnings - 1]).toBe(`warning duplicate-infobox-key (line ${maxListedWarnings}): Expected infobox key \`a\` once`)
    expect(items.at(-1)).toBe('and 42 more warnings and errors, which wikitally check lists')
  })

  test('adds a Party column where a row has a party', () => {
    const general = election({candidates: [candidate({name: 'A', party: 'Whig', votes: 3, winner: true}), candidate({name: 'B', votes: 1})]})
    const [table] = tables(read(toGfm(general)))
    expect(table?.align).toEqual(['left', 'left', 'right'])
    expect(cells(table as Table)).toEqual([['Candidate', 'Party', 'Votes'], ['A ✓', 'Whig', '3'], ['B', '', '1']])
  })

  test('keeps a pipe inside its cell and a line break out of the table', () => {
    const text = toGfm(election({candidates: [candidate({name: 'A | B\nC', votes: 1})]}))
    expect(cells(tables(read(text))[0] as Table)).toEqual([['Candidate', 'Votes'], ['A | B C', '1']])
  })

  test('writes a table of 200,000 candidates, which once overflowed the stack reading their decimals', () => {
    const candidates = Array.from({length: 200_000}, () => candidate({name: 'A', votes: 1, percent: 0.5}))
    const lines = toGfm(election({candidates})).split('\n')
    expect(lines.slice(2, 5)).toEqual(['| Candidate | Votes |   % |', '| :-------- | ----: | --: |', '| A         |     1 | 0.5 |'])
    expect(lines).toHaveLength(200_000 + 5)
  })

  test('writes nothing for no elections and a heading alone for an empty one', () => {
    expect(toGfm([])).toBe('')
    expect(toGfm(election())).toBe('## election\n')
  })

  test('gives every hostile election a heading and, with candidates, a table of one row each plus the header', () => {
    fc.assert(
      fc.property(electionsArbitrary, (input) => {
        const tree = read(toGfm(input))
        const headings = tree.children.filter((node) => node.type === 'heading' && node.depth === 2)
        expect(headings).toHaveLength(input.length)
        const withRows = input.filter((item) => item.candidates.length > 0)
        expect(tables(tree).map((table) => table.children.length)).toEqual(
          withRows.map((item) => item.candidates.length + 1 + (Object.values(item.totals).some((value) => typeof value === 'number') ? 1 : 0))
        )
      }),
      {numRuns: 300}
    )
  })
})
