/**
 * Writing one election as its share of an output, with the serializers loaded on demand.
 */
import type {Election} from '../../model/election.js'
import type {CsvRows} from '../../serialize/to-csv.js'
import {collectGarbage} from '../pipeline/collect-garbage.js'
import type {BatchFormat, ChunkMode} from './batch-task.js'

/** Indentation of list items in the JSON and YAML outputs, as `toJson` and `toYaml` write it. */
const itemIndent = '  '

/**
 * Fewest candidates after which the GFM report is written after a full garbage collection:
 * the parse of such a table left hundreds of megabytes of tree (see `collectGarbage`). Real
 * results tables have at most a few hundred rows; a collection per small input of a batch
 * would cost more than it frees.
 */
const collectBeforeReportRows = 10_000

/** A line break followed by a line that is not empty. */
const breakBeforeText = /\n(?=[^\n])/g

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
  switch (format) {
    case 'json': {
      const {toJson} = await import('../../serialize/to-json.js')
      const text = toJson(election)
      return mode === 'document' ? text : itemIndent + text.slice(0, -1).replace(breakBeforeText, '\n' + itemIndent)
    }
    case 'yaml': {
      const {toYaml} = await import('../../serialize/to-yaml.js')
      const text = toYaml(election)
      return mode === 'document' ? text : '- ' + text.replace(breakBeforeText, '\n' + itemIndent)
    }
    case 'ndjson': {
      const {toNdjson} = await import('../../serialize/to-ndjson.js')
      return toNdjson([election])
    }
    case 'csv': {
      const {toCsv} = await import('../../serialize/to-csv.js')
      const text = toCsv([election], {raw, rows})
      return mode === 'document' ? text : withoutHeader(text)
    }
    case 'gfm': {
      const {toGfm} = await import('../../serialize/to-gfm.js')
      if (election.candidates.length >= collectBeforeReportRows) collectGarbage()
      return toGfm(election)
    }
  }
}

/** CSV `text` after its first line, which is the header (column names never need quotes). */
function withoutHeader(text: string): string {
  const end = text.indexOf('\n')
  if (end === -1) throw new Error('Expected CSV output to start with a header line')
  return text.slice(end + 1)
}
