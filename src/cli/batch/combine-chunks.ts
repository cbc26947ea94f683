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
  /**
   * Write the chunk of the next election; `baseId` is its `election_id` before
   * de-duplication. Resolves to the id it was written with (CSV renames a repeated one).
   */
  add: (chunk: string | Iterable<string>, baseId: string) => Promise<string>
  /** Write what closes the output. */
  finish: () => Promise<void>
}

/**
 * A combiner writing to `write` the same bytes as the serializer given all the elections at
 * once (`toJson(list)`, `toYaml(list)`, `toNdjson(list)`, `toCsv(list)`, `toGfm(list)`), from
 * chunks made by `writeElectionChunk` in `mode`:
 * - JSON list: `[`, items separated by `,`, `]`; `[]` when there are none;
 * - YAML list: the entries; `[]` when there are none;
 * - GFM: the reports separated by a blank line;
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
      if (mode === 'document') await writeAll(write, chunk)
      else if (format === 'json') await writeAll(write, chunk, count === 1 ? '[\n' : ',\n')
      else if (format === 'gfm') await writeAll(write, chunk, count === 1 ? '' : '\n')
      else if (format !== 'csv') await writeAll(write, chunk)
      else {
        if (count === 1) await write(csvHeader)
        const id = claimElectionId(baseId, usedIds)
        // Pieces of CSV hold whole records, so each is renamed on its own.
        await writeAll(write, chunk, '', id === baseId ? null : (rows) => renameCsvId(rows, baseId, id))
        return id
      }
      return baseId
    },
    async finish() {
      if (format === 'csv' && count === 0) return write(csvHeader)
      if (mode === 'document') return
      if (format === 'json') return write(count === 0 ? '[]\n' : '\n]\n')
      if (format === 'yaml' && count === 0) return write('[]\n')
    }
  }
}

/**
 * Write `lead`, then `chunk` (a string, or pieces, each written, and changed by `change`, once
 * the one before is).
 */
async function writeAll(write: WriteText, chunk: string | Iterable<string>, lead = '', change: ((text: string) => string) | null = null): Promise<void> {
  if (typeof chunk === 'string') return write(lead + (change === null ? chunk : change(chunk)))
  if (lead !== '') await write(lead)
  for (const piece of chunk) await write(change === null ? piece : change(piece))
}
