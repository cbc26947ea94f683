/**
 * The NDJSON line that stands for an input record that gave no election.
 */
import {toNdjsonLine} from '../../serialize/to-ndjson.js'
import type {InputFailure} from '../inputs/input-source.js'

/**
 * `failure` as one NDJSON line, in the place its record had in the input, e.g.
 *
 *     {"sourceId":"2004/ohio","error":{"ruleId":"no-election","reason":"Expected an election ..."}}
 *
 * so that every input record gives exactly one output line (Spark's `RDD.pipe`, Hadoop
 * streaming) and a line is told from an election by its `error` key. The line carries no
 * input line number or file name, so any split of the input into shards gives the same
 * lines; `sourceId` is null for a record without an id.
 */
export function formatErrorLine(failure: InputFailure): string {
  return toNdjsonLine({sourceId: failure.sourceId ?? null, error: {ruleId: failure.ruleId, reason: failure.reason}})
}
