/**
 * The closing line of a report: `1 error, 3 warnings, 2 infos`.
 */
import {severities} from '../../model/vocabulary.js'
import {severityOf} from '../../model/report.js'
import type {FileMessage} from '../pipeline/file-message.js'

/**
 * Count `messages` by severity, gravest first, leaving out severities with none; an empty
 * string when there are no messages.
 */
export function summarizeMessages(messages: readonly FileMessage[]): string {
  const parts: string[] = []
  for (const severity of severities) {
    const count = messages.filter((message) => severityOf(message.fatal) === severity).length
    if (count > 0) parts.push(`${count} ${severity}${count === 1 ? '' : 's'}`)
  }
  return parts.join(', ')
}
