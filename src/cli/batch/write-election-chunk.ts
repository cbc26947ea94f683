/**
 * Writing one election as its share of an output, with the serializers loaded on demand.
 */
import type {Election} from '../../model/election.js'
import type {CsvRows} from '../../serialize/to-csv.js'
import type {BatchFormat, ChunkMode} from './batch-task.js'

/** Indentation of list items in the JSON and YAML outputs, as `toJson` and `toYaml` write it. */
const itemIndent = '  '

/**
 * `election` in `format`, so that the items of a list joined by `combineChunks` give the same
 * bytes as the serializer given the whole list:
 * - `document`: the serializer's own output for this one election;
 * - `item`: a JSON array element indented and without its line end, a YAML sequence entry
 *   (`- ` then the mapping), an NDJSON line, CSV rows without the header (`rows` says
 *   which), or the election's part of the GFM report.
 *
 * Only the serializer asked for is imported, so a JSON run never loads yaml or the CSV writer.
 */
export async function writeElectionChunk(
  election: Election,
  format: BatchFormat,
  mode: ChunkMode,
  raw: boolean,
  rows: CsvRows = 'candidates'
): Promise<string> {
  return [...(await electionChunks(election, format, mode, raw, rows))].join('')
}

/**
 * The text of `writeElectionChunk` in pieces of a few kilobytes, made as they are asked for:
 * an election of 100,000 candidates is written without its whole text ever being in memory.
 */
export async function electionChunks(
  election: Election,
  format: BatchFormat,
  mode: ChunkMode,
  raw: boolean,
  rows: CsvRows = 'candidates'
): Promise<Iterable<string>> {
  switch (format) {
    case 'json': {
      if (mode === 'document') return (await import('../../serialize/to-json.js')).toJsonChunks(election)
      const [{jsonChunks}, {orderElection}] = await Promise.all([import('../../serialize/json-chunks.js'), import('../../serialize/order-election.js')])
      return joinPieces([itemIndent], jsonChunks(orderElection(election), 2, itemIndent))
    }
    case 'yaml': {
      const [{yamlChunks}, {orderElection}] = await Promise.all([import('../../serialize/yaml-chunks.js'), import('../../serialize/order-election.js')])
      return mode === 'document' ? yamlChunks(orderElection(election)) : yamlChunks(orderElection(election), '- ', itemIndent)
    }
    case 'ndjson':
      return (await import('../../serialize/to-ndjson.js')).toNdjsonChunks(election)
    case 'csv': {
      const {csvChunks} = await import('../../serialize/to-csv.js')
      return csvChunks([election], {raw, rows}, mode === 'document')
    }
    case 'gfm': {
      const {toGfm} = await import('../../serialize/to-gfm.js')
      return [toGfm(election)]
    }
  }
}

/** The pieces of each of `parts`, one part after the other. */
function* joinPieces(...parts: Array<Iterable<string>>): Generator<string, void, undefined> {
  for (const part of parts) yield* part
}
