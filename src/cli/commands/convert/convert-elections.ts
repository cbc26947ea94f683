/**
 * `convert` for election data in (`.json`, `.yaml`, `.csv`, `.db`) or an article out (`--to
 * markdown`): in process, one input after the other, since such runs are small.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {Election} from '../../../model/election.js'
import {dataFormatOf, type DataFormat} from '../../inputs/data-format-of.js'
import {inputRuleIds} from '../../inputs/input-rule-ids.js'
import {listInputs} from '../../inputs/list-inputs.js'
import {inputText, loadInput} from '../../inputs/load-input.js'
import {exitCodes, type Io} from '../../io.js'
import {openAtomicOutput} from '../../outputs/open-atomic-output.js'
import {parseInput} from '../../pipeline/parse-input.js'
import {formatFailure} from '../../terminal/format-failure.js'
import {formatWarnings} from '../../terminal/format-warnings.js'
import type {ConvertOptions, OutputFormat} from './read-convert-options.js'
import {writeDatabase} from './write-database.js'

/**
 * Read every input (data validated against the schema, or articles parsed), then write all
 * elections in one output. A broken input is named with the path of the bad field and
 * skipped; the exit code is then 1.
 */
export async function convertElections(options: ConvertOptions, io: Io): Promise<number> {
  const listed = await listInputs(options.inputs, io, {records: false})
  let failed = false
  const elections: Election[] = []
  for await (const {source} of listed.sources) {
    const from = inputKindOf(source.shown, options)
    const loaded = loadInput(source, {maxSize: options.maxSize, binary: from === 'sqlite'})
    if ('failure' in loaded) {
      failed = true
      io.stderr(formatFailure(loaded.failure))
      continue
    }
    try {
      elections.push(...(await readElections(loaded.file, from, source.shown, options, io)))
    } catch (error) {
      failed = true
      const reason = error instanceof Error ? error.message : String(error)
      io.stderr(formatFailure({file: source.shown, ruleId: inputRuleIds.dataInvalid, reason}))
    }
  }
  if (options.format === 'sqlite') {
    await writeDatabase(elections, options.output ?? '', io, options.quiet)
    return failed ? exitCodes.failed : exitCodes.ok
  }
  let text: string
  try {
    text = await write(elections, options.format, options)
  } catch (error) {
    io.stderr(`wikitally convert: error: ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCodes.failed
  }
  if (options.output === null) io.stdout(text)
  else {
    const output = await openAtomicOutput(path.resolve(io.cwd, options.output))
    await output.write(text)
    await output.commit()
  }
  return failed ? exitCodes.failed : exitCodes.ok
}

/** How to read the input named `shown`: `--from`, else as its extension says. */
function inputKindOf(shown: string, options: ConvertOptions): DataFormat | 'article' {
  return options.from === null || options.from === 'article' || options.from === 'ndjson' ? dataFormatOf(shown) ?? 'article' : options.from
}

/** The elections of one loaded input: its data read back, or its article parsed. */
async function readElections(file: VFile, from: DataFormat | 'article', shown: string, options: ConvertOptions, io: Io): Promise<Election[]> {
  if (from === 'sqlite') {
    const value = typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value
    return (await import('../../../serialize/from-sqlite.js')).fromSqlite(value)
  }
  if (from === 'json') return (await import('../../../serialize/from-json.js')).fromJson(inputText(file))
  if (from === 'yaml') return (await import('../../../serialize/from-yaml.js')).fromYaml(inputText(file))
  if (from === 'csv') return (await import('../../../serialize/from-csv.js')).fromCsv(inputText(file), {raw: options.raw})
  const {election, messages} = parseInput(file, options)
  io.stderr(formatWarnings(shown, messages, options.quiet))
  return [election]
}

/** All `elections` in `format`: one document for one election, else a list. */
async function write(elections: readonly Election[], format: Exclude<OutputFormat, 'sqlite'>, options: ConvertOptions): Promise<string> {
  const single = elections.length === 1 ? (elections[0] as Election) : elections
  switch (format) {
    case 'json':
      return (await import('../../../serialize/to-json.js')).toJson(single)
    case 'yaml':
      return (await import('../../../serialize/to-yaml.js')).toYaml(single)
    case 'ndjson':
      return (await import('../../../serialize/to-ndjson.js')).toNdjson(elections)
    case 'csv':
      return (await import('../../../serialize/to-csv.js')).toCsv(elections, {raw: options.raw, rows: options.rows})
    case 'gfm':
      return (await import('../../../serialize/to-gfm.js')).toGfm(elections)
    case 'markdown': {
      const {toMarkdown} = await import('../../../serialize/to-markdown.js')
      // One article per election; several are separated by a blank line.
      return elections.map((election) => toMarkdown(election)).join('\n')
    }
  }
}
