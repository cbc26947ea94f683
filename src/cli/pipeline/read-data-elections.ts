/**
 * Reading election data back (JSON, YAML, CSV, SQLite), for every command that meets it.
 */
import type {VFile} from 'vfile'
import type {Election} from '../../model/election.js'
import type {DataFormat} from '../inputs/input-kind.js'
import {inputRuleIds} from '../inputs/input-rule-ids.js'
import type {InputFailure} from '../inputs/input-source.js'
import {inputText} from '../inputs/load-input.js'

/**
 * The elections in `file`, read as `format` and checked against the schema (`raw`: CSV
 * cells are not unprefixed), or a `data-invalid` failure naming the bad field
 * (`candidates[0].votes: expected number, got "many"`). Each reader is loaded on demand.
 */
export async function readDataElections(file: VFile, shown: string, format: DataFormat, raw: boolean): Promise<Election[] | InputFailure> {
  try {
    if (format === 'sqlite') {
      const bytes = typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value
      return await (await import('../../serialize/from-sqlite.js')).fromSqlite(bytes)
    }
    const text = inputText(file)
    if (format === 'json') return (await import('../../serialize/from-json.js')).fromJson(text)
    if (format === 'yaml') return (await import('../../serialize/from-yaml.js')).fromYaml(text)
    return (await import('../../serialize/from-csv.js')).fromCsv(text, {raw})
  } catch (error) {
    const {ElectionReadError} = await import('../../serialize/election-read-error.js')
    if (!(error instanceof ElectionReadError)) throw error
    return {file: shown, ruleId: inputRuleIds.dataInvalid, reason: error.message}
  }
}
