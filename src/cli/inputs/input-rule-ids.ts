/**
 * The rule ids of inputs that cannot be read as they are: one set for every command.
 */
import type {RuleId} from '../../model/rule-registry.js'

/** Rule ids of input failures, by what went wrong. */
export const inputRuleIds = {
  /** The file or folder could not be opened or read (the system's reason follows). */
  unreadable: 'file-unreadable',
  /** The input is larger than `--max-size`. */
  tooLarge: 'file-too-large',
  /** The input holds nothing but white space. */
  empty: 'file-empty',
  /** The input is not text (a NUL, or too many control or undecodable bytes). */
  binary: 'file-binary',
  /** An NDJSON line is not a record the command can read. */
  recordInvalid: 'record-invalid',
  /** Election data (JSON, YAML, CSV) that is not well formed or does not fit the schema. */
  dataInvalid: 'data-invalid',
  /** Election data given to a command that reads articles only (`check`). */
  notArticle: 'file-not-article'
} as const satisfies Record<string, RuleId>
