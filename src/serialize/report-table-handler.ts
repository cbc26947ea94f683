/**
 * Writing the report's GFM tables, with as little work per row as their layout allows.
 */
import type {AlignType, Table, TableCell} from 'mdast'
import type {Handle} from 'mdast-util-to-markdown'

/** The alignment markers of a delimiter cell, before and after its dashes. */
const delimiterMarkers: Record<NonNullable<AlignType> | 'none', readonly [string, string]> = {
  left: [':', ''],
  right: ['', ':'],
  center: [':', ':'],
  none: ['', '']
}

/**
 * An mdast-util-to-markdown handler for `table` that writes the same text as remark-gfm's
 * (mdast-util-gfm-table laying cells out with markdown-table: pipes at both ends, cells
 * padded to their column's widest, the delimiter row after the header, rows not filled):
 *
 *     | Candidate   | Votes |
 *     | :---------- | ----: |
 *     | **Eva** ✓   |   300 |
 *
 * Each cell is still escaped by remark-gfm's own `tableCell` handler, but once per cell node:
 * the report shares one node between the rows with the same content, so a table of 166,000
 * `A`/`1` rows escapes a handful of cells rather than half a million (7 s of CPU), and the
 * rows are laid out as strings without a matrix of sizes beside them.
 */
export const writeReportTable: Handle = (node: Table, _parent, state, info) => {
  const escaped = new Map<TableCell, string>()
  const exitTable = state.enter('table')
  for (const row of node.children) {
    const exitRow = state.enter('tableRow')
    for (const cell of row.children) {
      if (!escaped.has(cell)) escaped.set(cell, state.handle(cell, row, state, info))
    }
    exitRow()
  }
  exitTable()
  const [head, ...body] = node.children
  if (head === undefined) throw new Error('Expected a report table to have a header row')
  const textOf = (cell: TableCell): string => escaped.get(cell) ?? ''
  const header = head.children.map(textOf)
  return layOut(header, body.map((row) => row.children), textOf, node.align ?? [])
}

/**
 * The lines of a table as markdown-table writes them with its defaults and `fillRows: false`:
 * `header` padded with empty cells to the number of columns first, as mdast-util-gfm-table
 * does, then the delimiter row, then `body`, each cell's text given by `textOf`.
 */
function layOut(
  header: string[],
  body: ReadonlyArray<readonly TableCell[]>,
  textOf: (cell: TableCell) => string,
  align: ReadonlyArray<AlignType | undefined>
): string {
  const columns = align.length > 0 ? align.length : body.reduce((most, row) => Math.max(most, row.length), header.length)
  while (header.length < columns) header.push('')
  const widest = header.map((cell) => cell.length)
  for (const row of body) {
    for (const [column, cell] of row.entries()) widest[column] = Math.max(widest[column] ?? 0, textOf(cell).length)
  }
  const delimiter: string[] = []
  for (const [column, width] of widest.entries()) {
    const [before, after] = delimiterMarkers[align[column] ?? 'none']
    const cell = before + '-'.repeat(Math.max(1, width - before.length - after.length)) + after
    widest[column] = Math.max(width, cell.length)
    delimiter.push(cell)
  }
  const line = (cells: readonly string[], cellsInRow: number): string => {
    let text = '|'
    for (let column = 0; column < cellsInRow; column++) {
      const cell = cells[column] ?? ''
      const room = (widest[column] ?? 0) - cell.length
      const alignment = align[column] ?? 'none'
      if (alignment === 'right') text += ` ${' '.repeat(room)}${cell} |`
      else if (alignment === 'center') text += ` ${' '.repeat(Math.ceil(room / 2))}${cell}${' '.repeat(Math.floor(room / 2))} |`
      else text += ` ${cell}${' '.repeat(room)} |`
    }
    return text
  }
  const cellsInHeader = Math.max(1, header.length)
  const lines = [line(header, cellsInHeader), line(delimiter, cellsInHeader)]
  for (const row of body) lines.push(line(row.map(textOf), Math.max(1, row.length)))
  return lines.join('\n')
}
