/**
 * Message lines in the vfile-reporter look: `line:col-line:col  severity  reason  rule-id`.
 */
import {severityOf} from '../../model/report.js'
import type {FileMessage} from '../pipeline/file-message.js'
import {paint} from './paint.js'
import {printable} from './printable.js'

/** Colour of each severity's label. */
const severityStyles = {error: 'red', warning: 'yellow', info: 'blue'} as const

/** Where a message is, as `4:1-4:69`, or `1:1` when it has no place. */
export function formatPlace(message: FileMessage): string {
  const start = `${message.line ?? 1}:${message.column ?? 1}`
  const place = message.place
  if (!place || !('end' in place)) return start
  return `${start}-${place.end.line}:${place.end.column}`
}

/**
 * One line per message, indented by two spaces, with place, severity and reason padded into
 * columns and the rule id last.
 */
export function formatMessages(messages: readonly FileMessage[], color: boolean): string[] {
  const rows = messages.map((message) => ({
    place: formatPlace(message),
    severity: severityOf(message.fatal),
    reason: printable(message.reason),
    ruleId: message.ruleId ?? ''
  }))
  // Not Math.max(...lengths): spreading 100,000 messages as arguments overflows the stack.
  const placeWidth = rows.reduce((widest, row) => Math.max(widest, row.place.length), 0)
  const severityWidth = rows.reduce((widest, row) => Math.max(widest, row.severity.length), 0)
  const reasonWidth = rows.reduce((widest, row) => Math.max(widest, row.reason.length), 0)
  return rows.map((row) => {
    const severity = paint(row.severity.padEnd(severityWidth), severityStyles[row.severity], color)
    const columns = [row.place.padEnd(placeWidth), severity, row.reason.padEnd(reasonWidth), paint(row.ruleId, 'dim', color)]
    return ('  ' + columns.join('  ')).trimEnd()
  })
}
