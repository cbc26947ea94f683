/**
 * What a batch counts as it goes, for the progress bar and the summary.
 */

/** Counts of a batch so far. */
export interface BatchTally {
  /** Inputs finished (converted or failed). */
  done: number
  /** Inputs in the batch, or null while unknown (NDJSON read from a stream). */
  total: number | null
  /** Inputs that failed. */
  failed: number
  /** Candidate rows written. */
  rows: number
  /** Warnings reported. */
  warnings: number
  /** Milliseconds since the batch started. */
  elapsed: number
}
