/**
 * The info line that says an election was written under another id than its own.
 */
import {printable} from './printable.js'

/** Rule id of an election id made unique in a table output. */
export const duplicateElectionIdRuleId = 'duplicate-election-id'

/**
 * `FILE:1:1  info  Expected a unique election id, got `ID` again; written as `ID-2`
 * duplicate-election-id` and a line feed: two inputs describe the same contest (often the
 * same article twice), and a CSV or SQLite key must be unique.
 */
export function formatRenamedId(file: string, id: string, written: string): string {
  return `${printable(file)}:1:1  info  Expected a unique election id, got \`${printable(id)}\` again; written as \`${printable(written)}\`  ${duplicateElectionIdRuleId}\n`
}
