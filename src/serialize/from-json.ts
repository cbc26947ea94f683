/**
 * Reading elections back from JSON.
 */
import type {Election} from '../model/election.js'
import {ElectionReadError} from './election-read-error.js'
import {narrowElections} from './narrow-elections.js'

/**
 * Read the output of `toJson` (one election object or an array of them) back into
 * elections, checked against the election schema.
 *
 * Throws an `ElectionReadError` on broken JSON or on a field that does not fit the schema;
 * its message names the field (`candidates[0].votes: expected number, got "many"`).
 */
export function fromJson(text: string): Election[] {
  return narrowElections(parseJson(text, 'JSON'), 'JSON')
}

/** Parse JSON text, turning a syntax error into an `ElectionReadError`. */
export function parseJson(text: string, format: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ElectionReadError(format, [{path: '', reason: errorReason(error)}])
  }
}

/** The reason of a caught error, in the one-sentence form. */
function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
