/**
 * The messages an election read back from data carries, as the messages reports show.
 */
import type {Position} from 'unist'
import {VFile} from 'vfile'
import type {Election} from '../../model/election.js'
import {messageSource} from '../../model/report.js'
import type {FileMessage} from './file-message.js'

/**
 * `election.messages` (kept in the data when it was converted) as vfile messages on a file
 * named `shown`, at their stored lines and columns, so that `show` lists them as it lists
 * an article's.
 */
export function storedMessages(election: Election, shown: string): FileMessage[] {
  const file = new VFile({path: shown})
  for (const message of election.messages) {
    const start = message.line === null ? null : {line: message.line, column: message.column ?? 1}
    const end = message.endLine === null ? start : {line: message.endLine, column: message.endColumn ?? 1}
    const place: Position | undefined = start === null || end === null ? undefined : {start, end}
    const stored = file.message(message.reason, {place, ruleId: message.ruleId, source: messageSource})
    // The severity as it was graded when the data was written, not the registry's default.
    stored.fatal = message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined
  }
  return file.messages
}
