import fc from 'fast-check'
import type {AlignType, PhrasingContent, Root, TableCell} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {writeReportTable} from '../../src/serialize/report-table-handler.js'
import {hostileString} from './election-arbitrary.js'

/** `tree` as remark-gfm writes it, with its own table handler or with `writeReportTable`. */
function write(tree: Root, handler: boolean): string {
  const handlers = handler ? {table: writeReportTable} : {}
  return unified().use(remarkStringify, {bullet: '-', handlers}).use(remarkGfm).stringify(tree)
}

/** A cell's content: plain text, or text in bold followed by more text. */
const content: fc.Arbitrary<PhrasingContent[]> = fc.oneof(
  fc.constant<PhrasingContent[]>([]),
  hostileString.map((value): PhrasingContent[] => [{type: 'text', value}]),
  fc.tuple(hostileString, hostileString).map(([bold, rest]): PhrasingContent[] => [{type: 'strong', children: [{type: 'text', value: bold}]}, {type: 'text', value: rest}])
)

/** A table whose rows draw their cells from a few nodes, shared as the report shares them. */
const table = fc.record({
  cells: fc.array(content.map((children): TableCell => ({type: 'tableCell', children})), {minLength: 1, maxLength: 4}),
  picks: fc.array(fc.array(fc.nat(), {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 5}),
  align: fc.array(fc.constantFrom<AlignType>('left', 'right', 'center', null), {maxLength: 4})
}).map(({cells, picks, align}): Root => ({
  type: 'root',
  children: [{
    type: 'table',
    align,
    children: picks.map((row) => ({type: 'tableRow', children: row.map((at) => cells[at % cells.length] as TableCell)}))
  }]
}))

describe('writeReportTable', () => {
  test('writes the text remark-gfm writes, for hostile cells, shared cells, uneven rows and every alignment', () => {
    fc.assert(fc.property(table, (tree) => {
      expect(write(tree, true)).toBe(write(tree, false))
    }), {numRuns: 2000})
  })

  test('escapes a cell shared by many rows as in each of them', () => {
    const shared: TableCell = {type: 'tableCell', children: [{type: 'text', value: 'a|b*'}]}
    const tree: Root = {type: 'root', children: [{type: 'table', align: ['left'], children: [0, 1, 2].map(() => ({type: 'tableRow', children: [shared]}))}]}
    expect(write(tree, true)).toBe('| a\\|b\\* |\n| :----- |\n| a\\|b\\* |\n| a\\|b\\* |\n')
  })
})
