/**
 * Choosing the messages a check report shows: `--silent`, `--min-severity`.
 */
import type {Severity} from '../../model/election.js'
import {severityOf} from '../../model/report.js'
import {severities} from '../../model/vocabulary.js'
import type {CheckedFile} from './format-report.js'

/**
 * `files` with only the messages of `minimum` severity or graver (`warning` keeps errors and
 * warnings). A clean file stays, to be reported as clean; a file whose messages are all
 * hidden is left out, as it is not clean.
 */
export function keepShownMessages(files: readonly CheckedFile[], minimum: Severity): CheckedFile[] {
  const rank = severities.indexOf(minimum)
  const shown: CheckedFile[] = []
  for (const file of files) {
    const messages = file.messages.filter((message) => severities.indexOf(severityOf(message.fatal)) <= rank)
    if (messages.length > 0 || file.messages.length === 0) shown.push({path: file.path, messages})
  }
  return shown
}
