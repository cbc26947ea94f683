/**
 * The info line that says an election was written under another id than its own.
 */
import {ruleRegistry, type RuleId} from '../../model/rule-registry.js'
import {printable} from './printable.js'

/** Rule id of an election id made unique in a table output. */
const ruleId: RuleId = 'duplicate-election-id'

/**
 * `FILE:1:1  info  Expected a unique election id, got `ID` again; written as `ID-2`
 * duplicate-election-id` and a line feed: two inputs describe the same contest (often the
 * same article twice), and a CSV or SQLite key must be unique.
 */
export function formatRenamedId(file: string, id: string, written: string): string {
  const {severity} = ruleRegistry[ruleId]
  return `${printable(file)}:1:1  ${severity}  Expected a unique election id, got \`${printable(id)}\` again; written as \`${printable(written)}\`  ${ruleId}\n`
}
