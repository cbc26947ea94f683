/**
 * Placing messages on a file, the one way every stage reports a finding.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {ElectionMessage, Severity} from './election.js'
import {ruleRegistry, type RuleId} from './rule-registry.js'

/** Tool name stamped on every message as its `source`. */
export const messageSource = 'wikitally'

/**
 * Add a message to `file` at `place` with `ruleId` and the id's default severity from the
 * registry (a rule configuration re-grades it later, in `validateElection`).
 *
 * vfile encodes severity in `fatal`: `true` error, `false` warning, `undefined` info.
 */
export function report(file: VFile, reason: string, place: Position | undefined, ruleId: RuleId): void {
  // vfile-message is an Error that throws its stack away (`stack` is set to ''); capturing
  // one first took five times as long as the rest of building the message.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReturnType<VFile['message']>
  try {
    message = file.message(reason, {place, ruleId, source: messageSource})
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.fatal = fatalOf(ruleRegistry[ruleId].severity)
}

/** The vfile `fatal` flag of `severity`. */
export function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** Severity of a vfile message, read back from its `fatal` flag. */
export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/** Turn the messages of `file` into output data, in source order. */
export function toElectionMessages(file: VFile): ElectionMessage[] {
  return file.messages.map((message) => ({
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message.fatal),
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null
  }))
}
