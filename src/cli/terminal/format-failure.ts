/**
 * The line that names an input that failed, in the look of the warning lines.
 */
import type {InputFailure} from '../inputs/input-source.js'
import {printable} from './printable.js'

/** `FILE:1:1  error  reason  rule-id` and a line feed; the name and reason made printable. */
export function formatFailure(failure: InputFailure): string {
  return `${printable(failure.file)}:1:1  error  ${printable(failure.reason)}  ${failure.ruleId}\n`
}
