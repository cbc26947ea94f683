/**
 * `convert` for election data in (`.json`, `.yaml`, `.csv`, `.db`) or an article out (`--to
 * markdown`): in process, one input after the other, since such runs are small.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {Election} from '../../../model/election.js'
import type {InputFailure, InputSource} from '../../inputs/input-source.js'
import {listInputs, type InputList} from '../../inputs/list-inputs.js'
import {loadInput} from '../../inputs/load-input.js'
import {exitCodes, writePieces, type Io} from '../../io.js'
import {writeOutput} from '../../outputs/open-output.js'
import {randomId} from '../../outputs/temporary-path-for.js'
import {collectGarbage} from '../../pipeline/collect-garbage.js'
import {parseInput} from '../../pipeline/parse-input.js'
import {readDataElections} from '../../pipeline/read-data-elections.js'
import {formatFailure} from '../../terminal/format-failure.js'
import {formatWarningChunks} from '../../terminal/format-warnings.js'
import type {OutputFormat} from './output-format-of.js'
import type {ConvertOptions} from './read-convert-options.js'
import {writeDatabase} from './write-database.js'

/**
 * Read every input (data validated against the schema, or articles parsed), then write all
 * elections in one output. A broken input is named with the path of the bad field and
 * skipped; the exit code is then 1. `inputs` are the inputs when they were listed already
 * (standard input, whose content decided the path).
 */
export async function convertElections(options: ConvertOptions, io: Io, inputs?: InputList): Promise<number> {
  const listed = inputs ?? (await listInputs(options.inputs, io, options))
  let failed = false
  const elections: Election[] = []
  for await (const {source} of listed.sources) {
    const binary = source.kind !== 'failed' && source.content === 'sqlite'
    const loaded = loadInput(source, {maxSize: options.maxSize, binary})
    const read = 'failure' in loaded ? loaded.failure : await readElections(loaded.file, source, options, io)
    if (Array.isArray(read)) elections.push(...read)
    else {
      failed = true
      io.stderr(formatFailure(read))
    }
  }
  // Every input failed: writing `[]` or an empty article would pass for a result.
  if (elections.length === 0 && failed) return exitCodes.failed
  if (options.format === 'sqlite') {
    await writeDatabase(elections, options.output ?? '', io, options.quiet, randomId())
    return failed ? exitCodes.failed : exitCodes.ok
  }
  let pieces: Iterable<string>
  try {
    pieces = await write(elections, options.format, options)
  } catch (error) {
    io.stderr(`wikitally convert: error: ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCodes.failed
  }
  if (options.output === null) await writePieces(io, 'stdout', pieces)
  else await writeOutput(path.resolve(io.cwd, options.output), pieces, randomId())
  return failed ? exitCodes.failed : exitCodes.ok
}

/** The elections of one loaded input: its data read back, or its article parsed. */
async function readElections(file: VFile, source: InputSource, options: ConvertOptions, io: Io): Promise<Election[] | InputFailure> {
  const content = source.kind === 'failed' ? 'article' : source.content
  if (content !== 'article') return readDataElections(file, source.shown, content, options.raw)
  const {election, messages} = parseInput(file, options)
  await writePieces(io, 'stderr', formatWarningChunks(source.shown, messages, options.quiet))
  return [election]
}

/**
 * All `elections` in `format`: one document for one election, else a list. JSON, YAML, CSV
 * and NDJSON come as pieces made as they are written; markdown and GFM whole, so that an
 * election they cannot write fails before anything is written.
 */
async function write(elections: readonly Election[], format: Exclude<OutputFormat, 'sqlite'>, options: ConvertOptions): Promise<Iterable<string>> {
  const single = elections.length === 1 ? (elections[0] as Election) : elections
  switch (format) {
    case 'json':
      return (await import('../../../serialize/to-json.js')).toJsonChunks(single)
    case 'yaml':
      return (await import('../../../serialize/yaml-chunks.js')).toYamlChunks(single)
    case 'ndjson':
      return (await import('../../../serialize/to-ndjson.js')).toNdjsonChunks(elections)
    case 'csv':
      return (await import('../../../serialize/to-csv.js')).csvChunks(elections, {raw: options.raw, rows: options.rows})
    case 'gfm':
      return [(await import('../../../serialize/to-gfm.js')).toGfm(elections)]
    case 'markdown': {
      const {toMarkdown} = await import('../../../serialize/to-markdown.js')
      // Each article is parsed back to check it: free the trees of the inputs' parse first.
      collectGarbage()
      // One article per election; several are separated by a blank line.
      return [elections.map((election) => toMarkdown(election)).join('\n')]
    }
  }
}
