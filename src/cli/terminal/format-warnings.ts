/**
 * The warning lines `convert` prints for an article.
 */
import {severityOf} from '../../model/report.js'
import type {FileMessage} from '../pipeline/file-message.js'
import {pieceLength} from '../../serialize/large-value.js'
import {printable} from './printable.js'

/**
 * One line per warning or error of `messages` as `FILE:LINE:COLUMN  severity  reason  rule-id`;
 * infos are left out, and warnings too when `quiet`.
 */
export function formatWarnings(shown: string, messages: readonly FileMessage[], quiet: boolean): string {
  return [...formatWarningChunks(shown, messages, quiet)].join('')
}

/**
 * The lines of `formatWarnings` in pieces of a few kilobytes, made as they are written:
 * 140,000 warnings are 14 MB of lines.
 */
export function* formatWarningChunks(shown: string, messages: readonly FileMessage[], quiet: boolean): Generator<string, void, undefined> {
  const path = printable(shown)
  let text = ''
  for (const message of messages) {
    const severity = severityOf(message.fatal)
    if (severity === 'info' || (quiet && severity !== 'error')) continue
    text += `${path}:${message.line ?? 1}:${message.column ?? 1}  ${severity}  ${printable(message.reason)}  ${message.ruleId ?? ''}\n`
    if (text.length >= pieceLength) {
      yield text
      text = ''
    }
  }
  if (text !== '') yield text
}
