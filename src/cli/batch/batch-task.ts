/**
 * What the batch sends to a converter (in a worker or in process) and what comes back.
 *
 * Everything here crosses a worker boundary, so it is plain data: strings, numbers, null.
 */
import type {CsvRows} from '../../serialize/to-csv.js'
import type {RuleSetting} from '../../validate/rule.js'
import type {InputFailure, InputSource} from '../inputs/input-source.js'

/** Output formats the batch writes election by election (`gfm`: the markdown report). */
export type BatchFormat = 'json' | 'yaml' | 'csv' | 'ndjson' | 'gfm'

/**
 * How each election is written: `document` is a whole output on its own (one input, or one
 * file per input under `--out-dir`); `item` is one entry of a combined list.
 */
export type ChunkMode = 'document' | 'item'

/** Settings every task of one run shares. */
export interface BatchSettings {
  /** Output format. */
  format: BatchFormat
  /** Whether elections are written as documents or list items. */
  mode: ChunkMode
  /** `--csv-raw`: no formula guard on text cells. */
  raw: boolean
  /** `--rows`: one CSV row per candidate or per election. */
  rows: CsvRows
  /** `--rule` settings by id, as a plain object. */
  rules: Readonly<Record<string, RuleSetting>>
  /** `--max-size` in bytes. */
  maxSize: number
  /** `--quiet`: leave warnings out of the report. */
  quiet: boolean
  /** Absolute `--out-dir`, or null to combine the elections into one output. */
  outDir: string | null
  /** Marks this run's temporary files, so a stopped run removes its own. */
  runId: string
}

/** One unit of work: an input, its place in the output order, and its own output file. */
export interface BatchTask {
  /** Position in the input order, from 0 with no gaps. */
  index: number
  /** The input. */
  source: InputSource
  /** Output file under `--out-dir`, relative to it with `/` separators; null when the output is combined. */
  outFile: string | null
}

/** What converting one input gave. */
export interface BatchResult {
  /** The task's index. */
  index: number
  /**
   * The election written for its turn in a combined output; null when failed or written to
   * `outFile`. Converted in this thread, it is pieces made as they are written (a worker's
   * result is a string, to cross to the main thread).
   */
  chunk: string | Iterable<string> | null
  /** The election's id before de-duplication (CSV `election_id`); empty when failed. */
  baseId: string
  /** Candidate rows of the election. */
  rows: number
  /** Warnings reported on the input. */
  warnings: number
  /** Why the input failed, or null. */
  failure: InputFailure | null
  /** Message lines for standard error, filtered; in this thread, pieces made as they are written. */
  report: string | Iterable<string>
}
