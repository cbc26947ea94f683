/**
 * Reading elections back from YAML.
 */
import {parse} from 'yaml'
import type {Election} from '../model/election.js'
import {ElectionReadError} from './election-read-error.js'
import {narrowElections} from './narrow-elections.js'

/**
 * Read YAML (one election mapping or a sequence of them, in one document) back into
 * elections, checked against the election schema. Read as YAML 1.2 core, the schema that
 * `toYaml` writes for.
 *
 * Throws an `ElectionReadError` on broken YAML or on a field that does not fit the schema.
 */
export function fromYaml(text: string): Election[] {
  return narrowElections(parseYaml(text), 'YAML')
}

/** Parse YAML text, turning a syntax error into an `ElectionReadError`. */
function parseYaml(text: string): unknown {
  try {
    return parse(text, {schema: 'core', uniqueKeys: true}) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)
    throw new ElectionReadError('YAML', [{path: '', reason}])
  }
}
