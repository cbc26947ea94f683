/**
 * Choosing the messages a check report shows: `--silent`, `--min-severity`.
 */
import type {Severity} from '../../model/election.js'
import {severityOf} from '../../model/report.js'
import {severities} from '../../model/vocabulary.js'
import type {CheckedFile} from './format-report.js'

/**
 * `files` with only the messages of `minimum` severity or graver (`warning` keeps errors and
 * warnings). The files themselves stay, so a clean file is still reported as clean.
 */
export function keepShownMessages(files: readonly CheckedFile[], minimum: Severity): CheckedFile[] {
  const rank = severities.indexOf(minimum)
  return files.map((file) => ({
    path: file.path,
    messages: file.messages.filter((message) => severities.indexOf(severityOf(message.fatal)) <= rank)
  }))
}
