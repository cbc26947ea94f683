/**
 * The line that names an input that failed, in the look of the warning lines.
 */
import {ruleRegistry} from '../../model/rule-registry.js'
import type {InputFailure} from '../inputs/input-source.js'
import {printable} from './printable.js'

/** `FILE:1:1  error  reason  rule-id` and a line feed; the name and reason made printable. */
export function formatFailure(failure: InputFailure): string {
  const {severity} = ruleRegistry[failure.ruleId]
  return `${printable(failure.file)}:1:1  ${severity}  ${printable(failure.reason)}  ${failure.ruleId}\n`
}
