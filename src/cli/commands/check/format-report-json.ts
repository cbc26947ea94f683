/**
 * The machine report of `wikitally check --report json`, in the vfile-reporter-json shape.
 */
import {severityOf} from '../../../model/report.js'
import type {FileMessage} from '../../pipeline/file-message.js'
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
  const report: JsonFile[] = files
    .filter((file) => !quiet || file.messages.length > 0)
    .map((file) => ({path: file.path, messages: file.messages.map(toJsonMessage)}))
  return JSON.stringify(report, null, 2) + '\n'
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
