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
  return [...formatMessageLines(messages, color)]
}

/**
 * The lines of `formatMessages`, made one at a time: one long reason pads every line to its
 * width, so 50,000 lines can weigh 250 MB, which must never be held at once. The widths
 * come from a first pass that keeps nothing.
 */
export function* formatMessageLines(messages: readonly FileMessage[], color: boolean): Generator<string, void, undefined> {
  let placeWidth = 0
  let severityWidth = 0
  let reasonWidth = 0
  for (const message of messages) {
    placeWidth = Math.max(placeWidth, formatPlace(message).length)
    severityWidth = Math.max(severityWidth, severityOf(message.fatal).length)
    reasonWidth = Math.max(reasonWidth, printable(message.reason).length)
  }
  for (const message of messages) {
    const severityName = severityOf(message.fatal)
    const severity = paint(severityName.padEnd(severityWidth), severityStyles[severityName], color)
    const columns = [formatPlace(message).padEnd(placeWidth), severity, printable(message.reason).padEnd(reasonWidth), paint(message.ruleId ?? '', 'dim', color)]
    yield ('  ' + columns.join('  ')).trimEnd()
  }
}
