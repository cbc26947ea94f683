/**
 * The machine report of `wikitally check --report json`, in the vfile-reporter-json shape.
 */
import {severityOf} from '../../../model/report.js'
import type {FileMessage} from '../../pipeline/file-message.js'
import {pieceLength} from '../../../serialize/large-value.js'
import type {CheckedFile} from '../../terminal/format-report.js'

/** One message as JSON: vfile's fields, with the end of the range and the severity spelled out. */
export interface JsonMessage {
  /** What was expected, then the actual value. */
  reason: string
  /** 1-based start line, or null. */
  line: number | null
  /** 1-based start column, or null. */
  column: number | null
  /** 1-based end line, or null. */
  endLine: number | null
  /** 1-based end column, or null. */
  endColumn: number | null
  /** Stable kebab-case rule id. */
  ruleId: string | null
  /** Always `wikitally`. */
  source: string | null
  /** vfile's encoding of severity: true error, false warning, null info. */
  fatal: boolean | null
  /** The severity in words. */
  severity: 'error' | 'warning' | 'info'
}

/** One file of the JSON report. */
export interface JsonFile {
  /** Path relative to the current folder. */
  path: string
  /** Messages in source order. */
  messages: JsonMessage[]
}

/**
 * Render `files` as a JSON array `[{path, messages: [{reason, line, column, ...}]}]`, two-space
 * indented, with a final newline. `quiet` leaves out files without messages.
 */
export function formatReportJson(files: readonly CheckedFile[], quiet: boolean): string {
  return [...formatReportJsonChunks(files, quiet)].join('')
}

/** Indentation of a message in the report: inside the list, its file and its messages. */
const messageIndent = '      '

/**
 * The text of `formatReportJson` in pieces of a few kilobytes, each message turned into JSON
 * as it is written: the same bytes as `JSON.stringify(report, null, 2)`, without the report
 * (200,000 messages as objects) or its text ever being whole in memory.
 */
export function* formatReportJsonChunks(files: readonly CheckedFile[], quiet: boolean): Generator<string, void, undefined> {
  let text = ''
  let count = 0
  for (const file of files) {
    if (quiet && file.messages.length === 0) continue
    text += (count++ === 0 ? '[' : ',') + '\n  {\n    "path": ' + JSON.stringify(file.path) + ',\n    "messages": ['
    for (const [index, message] of file.messages.entries()) {
      text += (index === 0 ? '\n' : ',\n') + messageIndent + JSON.stringify(toJsonMessage(message), null, 2).replaceAll('\n', '\n' + messageIndent)
      if (text.length >= pieceLength) {
        yield text
        text = ''
      }
    }
    text += (file.messages.length === 0 ? ']' : '\n    ]') + '\n  }'
  }
  yield text + (count === 0 ? '[]\n' : '\n]\n')
}

/** A vfile message as plain data. */
function toJsonMessage(message: FileMessage): JsonMessage {
  const end = message.place && 'end' in message.place ? message.place.end : null
  return {
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    fatal: message.fatal ?? null,
    severity: severityOf(message.fatal)
  }
}
