/**
 * Finding what the scraped article format cannot hold.
 */
import type {Election, ElectionTable} from '../model/election.js'
import {isDelimiterRow} from '../parse/remark-loose-table.js'
import {describeValue} from './describe-value.js'
import type {ReadProblem} from './election-read-error.js'
import {humanizeKey} from './humanize-key.js'

/** A line break, which would end the line the text sits on. */
const lineBreak = /[\n\r]/

/** Space, tab or no-break space at either end, which the parser trims (`Kerry `). */
const edgeSpace = /^[\t \u00A0]|[\t \u00A0]$/

/** NUL and no-break spaces, which the parser reads as U+FFFD and spaces (`normalizeText`). */
const readAsOther = /[\0\u00A0\u2007\u202F]/

/** An `=` at either end, which a heading line would take as part of its marker. */
const edgeEquals = /^=|=$/

/** Starts of a line that the parser reads as something other than a note. */
const noteStarts = /^(?:[|=#]|[-*+] |Infobox$)/

/**
 * Every value of `election` that `toMarkdown` cannot write so that parsing reads it back the
 * same, as `path: reason` problems; empty when the election can be written.
 */
export function articleProblems(election: Election): ReadProblem[] {
  const problems: ReadProblem[] = []
  const check = (path: string, value: string, expected: string, fits: boolean): void => {
    if (!fits) problems.push({path, reason: `expected ${expected}, got ${describeValue(value)}`})
  }
  const line = (path: string, value: string): void => {
    check(path, value, 'text on one line', !lineBreak.test(value))
    check(path, value, 'text without space or tab at either end', !edgeSpace.test(value))
    check(path, value, 'text without NUL or no-break spaces', !readAsOther.test(value))
  }
  const heading = (path: string, value: string): void => {
    line(path, value)
    // Heading text is trimmed of any Unicode white space (U+FEFF, U+2028, ...).
    check(path, value, 'heading text without white space at either end', value.trim() === value)
    check(path, value, 'text that neither starts nor ends with `=`', value !== '' && !edgeEquals.test(value))
  }
  if (election.title !== null) heading('title', election.title)
  for (const [index, entry] of election.infobox.entries()) {
    const path = `infobox[${index}]`
    const label = entry.label === '' ? humanizeKey(entry.key) : entry.label
    const labelPath = entry.label === '' ? `${path}.key` : `${path}.label`
    line(labelPath, label)
    check(labelPath, label, 'a label without `:`', label !== '' && !label.includes(':'))
    line(`${path}.value`, entry.value)
  }
  if (election.date !== null) line('date', election.date)
  let sectioned = false
  for (const [index, table] of election.tables.entries()) {
    const path = `tables[${index}]`
    if (table.section === null) {
      if (sectioned) problems.push({path: `${path}.section`, reason: 'expected a section, as a table in the lead cannot follow a table under a heading, got null'})
    } else {
      heading(`${path}.section`, table.section)
      sectioned = true
    }
    tableProblems(table, path, line, check)
  }
  return problems
}

/** The checks of one table. */
function tableProblems(
  table: ElectionTable,
  path: string,
  line: (path: string, value: string) => void,
  check: (path: string, value: string, expected: string, fits: boolean) => void
): void {
  const {caption, captionKind} = table
  if ((caption === null) !== (captionKind === null)) {
    check(`${path}.captionKind`, String(captionKind), 'a caption kind exactly when there is a caption', false)
  }
  if (caption !== null) {
    line(`${path}.caption`, caption)
    check(`${path}.caption`, caption, 'a caption that is not empty', caption !== '')
    if (captionKind === 'line') check(`${path}.caption`, caption, 'a caption line that does not start with `style=`', !caption.startsWith('style='))
    if (captionKind === 'row') check(`${path}.caption`, caption, 'a title cell without `|`', !caption.includes('|'))
  }
  if (table.header.length + table.rows.length === 0) check(`${path}.rows`, '', 'a table with at least one row', false)
  for (const [part, rows] of [['header', table.header], ['rows', table.rows]] as const) {
    for (const [at, row] of rows.entries()) {
      // A row that fits is not named: a path per row or cell took a string each on 1 MB tables.
      if (!rowFits(row)) rowProblems(row, `${path}.${part}[${at}]`, line, check)
    }
  }
  const first = table.header[0] ?? table.rows[0]
  const hasSecond = table.header.length + table.rows.length > 1
  if (captionKind !== 'row' && first && hasSecond && isTitleRowLike(first)) {
    const firstPath = table.header.length > 0 ? `${path}.header[0]` : `${path}.rows[0]`
    check(firstPath, first.join(' | '), 'a first row that is not one text cell padded with empty cells, which reads as a title row', false)
  }
  for (const [at, note] of table.notes.entries()) {
    line(`${path}.notes[${at}]`, note)
    check(`${path}.notes[${at}]`, note, 'a note that does not read as a heading, list item or table row', note !== '' && !noteStarts.test(note))
  }
}

/** The checks of one row, at `rowPath`. */
function rowProblems(
  row: readonly string[],
  rowPath: string,
  line: (path: string, value: string) => void,
  check: (path: string, value: string, expected: string, fits: boolean) => void
): void {
  if (row.length === 0) check(rowPath, '', 'a row with at least one cell', false)
  // A row of dashes (`| --- | :-: |`) reads as a GFM delimiter row, which is dropped.
  if (isDelimiterRow(row)) check(rowPath, row.join(' | '), 'a row that is not all dashes, which reads as a GFM delimiter row', false)
  for (const [at, cell] of row.entries()) {
    if (cell === '') continue
    line(`${rowPath}[${at}]`, cell)
    check(`${rowPath}[${at}]`, cell, 'a cell without `|`', !cell.includes('|'))
  }
}

/** Whether `row` has cells, is no delimiter row, and every cell fits: the common case. */
function rowFits(row: readonly string[]): boolean {
  return row.length > 0 && row.every(cellFits) && !isDelimiterRow(row)
}

/** Whether `cell` is empty or one line of text without `|`, edge spaces or characters read as others: no problem to name. */
function cellFits(cell: string): boolean {
  return cell === '' || (!cell.includes('|') && !lineBreak.test(cell) && !edgeSpace.test(cell) && !readAsOther.test(cell))
}

/** Whether `row` is one non-empty cell padded with empty cells (`| Results | | |`). */
function isTitleRowLike(row: readonly string[]): boolean {
  const [title, ...padding] = row
  return title !== undefined && title !== '' && padding.length > 0 && padding.every((cell) => cell === '')
}
