/**
 * Giving the CSV rows of one election another `election_id`.
 */

/**
 * `rows` (CSV records whose first cell is `from`) with that cell set to `to`. Both are
 * election ids, which are slugs and never quoted. A line break inside a quoted cell is not
 * a record end: a record ends at a `\n` after an even number of `"`.
 */
export function renameCsvId(rows: string, from: string, to: string): string {
  let renamed = ''
  let start = 0
  let quotes = 0
  for (let at = 0; at < rows.length; at++) {
    const character = rows[at]
    if (character === '"') quotes++
    else if (character === '\n' && quotes % 2 === 0) {
      renamed += renameRecord(rows.slice(start, at + 1), from, to)
      start = at + 1
    }
  }
  return renamed + (start < rows.length ? renameRecord(rows.slice(start), from, to) : '')
}

/** `record` with its first cell `from` replaced by `to`. */
function renameRecord(record: string, from: string, to: string): string {
  if (!record.startsWith(from + ',')) throw new Error(`Expected a CSV record starting with \`${from},\``)
  return to + record.slice(from.length)
}
