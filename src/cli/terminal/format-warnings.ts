/**
 * The warning lines `convert` prints for an article.
 */
import {severityOf} from '../../model/report.js'
import type {FileMessage} from '../pipeline/file-message.js'
import {printable} from './printable.js'

/**
 * One line per warning or error of `messages` as `FILE:LINE:COLUMN  severity  reason  rule-id`;
 * infos are left out, and warnings too when `quiet`.
 */
export function formatWarnings(shown: string, messages: readonly FileMessage[], quiet: boolean): string {
  let text = ''
  for (const message of messages) {
    const severity = severityOf(message.fatal)
    if (severity === 'info' || (quiet && severity !== 'error')) continue
    text += `${printable(shown)}:${message.line ?? 1}:${message.column ?? 1}  ${severity}  ${printable(message.reason)}  ${message.ruleId ?? ''}\n`
  }
  return text
}
