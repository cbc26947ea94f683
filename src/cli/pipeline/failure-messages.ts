/**
 * An input that could not be loaded, as the messages a report shows for it.
 */
import {VFile} from 'vfile'
import {report} from '../../model/report.js'
import type {InputFailure} from '../inputs/input-source.js'
import type {FileMessage} from './file-message.js'

/** One message (an `error`, as every failure's id is) with the failure's reason and rule id, at no place. */
export function failureMessages(failure: InputFailure): FileMessage[] {
  const file = new VFile({path: failure.file})
  report(file, failure.reason, undefined, failure.ruleId)
  return file.messages
}
