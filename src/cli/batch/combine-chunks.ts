/**
 * Joining the elections of a batch, in order, into one output as they arrive.
 */
import type {BatchFormat, ChunkMode} from './batch-task.js'
import {claimElectionId} from '../../model/election-id.js'
import {renameCsvId} from './rename-csv-id.js'

/** Writes text to the output; may wait for it to drain. */
export type WriteText = (text: string) => void | Promise<void>

/** Takes the chunks of a batch in order and writes the framing around them. */
export interface ChunkCombiner {
  /** Write the chunk of the next election; `baseId` is its `election_id` before de-duplication. */
  add: (chunk: string, baseId: string) => Promise<void>
  /** Write what closes the output. */
  finish: () => Promise<void>
}

/**
 * A combiner writing to `write` the same bytes as the serializer given all the elections at
 * once (`toJson(list)`, `toYaml(list)`, `toNdjson(list)`, `toCsv(list)`), from chunks made by
 * `writeElectionChunk` in `mode`:
 * - JSON list: `[`, items separated by `,`, `]`; `[]` when there are none;
 * - YAML list: the entries; `[]` when there are none;
 * - CSV: `csvHeader` first (also with no rows), and the `election_id` of a repeated id made
 *   unique with `-2`, `-3`, ... as `electionIds` does;
 * - a `document` (one input) is written as it comes, and nothing when it failed.
 */
export function combineChunks(format: BatchFormat, mode: ChunkMode, write: WriteText, csvHeader: string): ChunkCombiner {
  const usedIds = new Set<string>()
  let count = 0
  return {
    async add(chunk, baseId) {
      count++
      if (mode === 'document') return write(chunk)
      if (format === 'json') return write((count === 1 ? '[\n' : ',\n') + chunk)
      if (format !== 'csv') return write(chunk)
      if (count === 1) await write(csvHeader)
      const id = claimElectionId(baseId, usedIds)
      return write(id === baseId ? chunk : renameCsvId(chunk, baseId, id))
    },
    async finish() {
      if (format === 'csv' && count === 0) return write(csvHeader)
      if (mode === 'document') return
      if (format === 'json') return write(count === 0 ? '[]\n' : '\n]\n')
      if (format === 'yaml' && count === 0) return write('[]\n')
    }
  }
}
