/**
 * What an input of a command is before it is read: a file, text already in memory, or an
 * argument or record that failed while listing.
 *
 * Everything here may cross a worker boundary, so it is plain data.
 */
import type {RuleId} from '../../model/rule-registry.js'

import type {InputContent} from './input-kind.js'

/** Argument that means standard input. */
export const stdinArgument = '-'

/** Name shown for standard input. */
export const stdinPath = '<stdin>'

/** Why an input gave no election. */
export interface InputFailure {
  /** Name of the input as shown in messages. */
  file: string
  /** Stable id of the failure (`file-binary`, `no-election`, ...). */
  ruleId: RuleId
  /** One sentence: what was expected, then what was found. */
  reason: string
  /** The `id` of the NDJSON record that failed; absent for files and records without one. */
  sourceId?: string
}

/** A file on disk, read only when it is loaded. */
export interface FileSource {
  /** Discriminant. */
  kind: 'file'
  /** Absolute path, as bytes when the name is not UTF-8. */
  path: string | Uint8Array
  /** Name shown in messages and kept as the election's `sourceFile`. */
  shown: string
  /** What the file holds, by `--from` or its extension. */
  content: InputContent
}

/** An input already in memory: standard input, or a record of an NDJSON stream. */
export interface TextSource {
  /** Discriminant. */
  kind: 'text'
  /** The input: text, or bytes still to decode (standard input). */
  value: string | Uint8Array
  /** Name shown in messages (`<stdin>`, a record id, `<stdin>#12`). */
  shown: string
  /** The election's `sourceFile`, or null when the record had no id. */
  sourceFile: string | null
  /** The election's `sourceId`: the NDJSON record's `id`, or null (standard input, no id). */
  sourceId: string | null
  /** What it holds: an article, or an election record (`json`) of an NDJSON stream. */
  content: InputContent
}

/** An input that failed before it was loaded: a missing argument, a bad NDJSON line. */
export interface FailedSource {
  /** Discriminant. */
  kind: 'failed'
  /** Name shown in messages. */
  shown: string
  /** Why it failed. */
  failure: InputFailure
}

/** One input of a command. */
export type InputSource = FileSource | TextSource | FailedSource

/** One input and the name `--out-dir` gives its file. */
export interface NamedSource {
  /** The input. */
  source: InputSource
  /** Relative name for `--out-dir` (made safe by the output side). */
  relative: string
}
