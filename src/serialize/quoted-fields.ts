/**
 * Which fields of a CSV record were quoted, read off the record's raw text.
 */

/** The CSV quote. */
const quote = '"'

/** The CSV field delimiter. */
const comma = ','

/** Line endings of empty lines that csv-parse skipped and left at the start of the raw text. */
const leadingLineEndings = /^[\r\n]+/

/**
 * Whether each field of the record whose raw text (as csv-parse's `raw` option gives it) is
 * `raw` starts with a quote: `a,"",b` gives `[false, true, false]`.
 *
 * csv-parse only tells quoting through its `cast` hook, which builds a context object of
 * a dozen fields for every cell: 400,000 empty cells took 3 s, twenty times the parse.
 * Commas inside quotes (`"x,y"`, `"a""b"`) do not end a field.
 */
export function quotedFields(raw: string): boolean[] {
  const quoted: boolean[] = []
  let fieldStart = true
  let inQuotes = false
  for (const character of raw.replace(leadingLineEndings, '')) {
    if (fieldStart) quoted.push(character === quote)
    fieldStart = false
    if (character === quote) inQuotes = !inQuotes
    else if (character === comma && !inQuotes) fieldStart = true
  }
  if (fieldStart) quoted.push(false)
  return quoted
}
