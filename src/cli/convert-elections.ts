/**
 * `convert` for election data in (`.json`, `.yaml`, `.csv`) or an article out (`--to
 * markdown`): in process, one input after the other, since such runs are small.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Election} from '../model/election.js'
import {parseElection} from '../parse-election.js'
import type {RuleConfig} from '../validate/rule.js'
import {listArticleInputs} from './batch/list-article-inputs.js'
import {formatWarnings} from './format-warnings.js'
import {openAtomicOutput} from './batch/open-atomic-output.js'
import {exitCodes, type Io} from './io.js'

/** Formats of election data that `convert` reads back. */
export type DataFormat = 'json' | 'yaml' | 'csv'

/** What one of these runs reads and writes. */
export interface ElectionRun {
  /** Positional inputs (files, folders, globs, `-`). */
  inputs: readonly string[]
  /** Data format of every input, or `article` to parse articles. */
  from: DataFormat | 'article'
  /** Output format. */
  to: 'json' | 'yaml' | 'csv' | 'ndjson' | 'markdown'
  /** `-o`, or null for stdout. */
  output: string | null
  /** `--csv-raw`, for reading and for writing CSV. */
  raw: boolean
  /** `--rule` settings for articles. */
  rules: RuleConfig
  /** `-q`. */
  quiet: boolean
}

/** Extensions of election data files and their formats. */
export const dataExtensions: Readonly<Record<string, DataFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv'
}

/** The data format a file name's extension says, or null for an article. */
export function dataFormatOf(file: string): DataFormat | null {
  const extension = path.extname(file).toLowerCase()
  return Object.hasOwn(dataExtensions, extension) ? (dataExtensions[extension] as DataFormat) : null
}

/**
 * Read every input (data validated against the schema, or articles parsed), then write all
 * elections in one output. A broken input is named with the path of the bad field and
 * skipped; the exit code is then 1.
 */
export async function convertElections(run: ElectionRun, io: Io): Promise<number> {
  const listed = await listArticleInputs(run.inputs, io)
  let failed = listed.problems.length > 0
  for (const problem of listed.problems) io.stderr(`${problem.path}: error: Expected a readable file or folder, got \`${problem.reason}\`\n`)
  const elections: Election[] = []
  for (const {source} of listed.sources) {
    const shown = source.shown
    try {
      const text = source.kind === 'file' ? await readFile(source.path, 'utf8') : source.kind === 'text' ? source.text : null
      if (text === null) throw new Error(source.kind === 'failed' ? source.failure.reason : 'Expected text')
      elections.push(...(await readElections(text, shown, run, io)))
    } catch (error) {
      failed = true
      io.stderr(`${shown}: error: ${error instanceof Error ? error.message : String(error)}\n`)
    }
  }
  let text: string
  try {
    text = await write(elections, run)
  } catch (error) {
    io.stderr(`wikitally convert: error: ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCodes.failed
  }
  if (run.output === null) io.stdout(text)
  else {
    const output = await openAtomicOutput(path.resolve(io.cwd, run.output))
    await output.write(text)
    await output.commit()
  }
  return failed ? exitCodes.failed : exitCodes.ok
}

async function readElections(text: string, shown: string, run: ElectionRun, io: Io): Promise<Election[]> {
  const format = run.from === 'article' ? dataFormatOf(shown) ?? 'article' : run.from
  if (format === 'json') return (await import('../serialize/from-json.js')).fromJson(text)
  if (format === 'yaml') return (await import('../serialize/from-yaml.js')).fromYaml(text)
  if (format === 'csv') return (await import('../serialize/from-csv.js')).fromCsv(text, {raw: run.raw})
  const {election, messages} = parseElection(new VFile({path: shown, value: text}), {rules: run.rules})
  io.stderr(formatWarnings(shown, messages, run.quiet))
  return [election]
}

async function write(elections: readonly Election[], run: ElectionRun): Promise<string> {
  const single = elections.length === 1 ? (elections[0] as Election) : elections
  switch (run.to) {
    case 'json':
      return (await import('../serialize/to-json.js')).toJson(single)
    case 'yaml':
      return (await import('../serialize/to-yaml.js')).toYaml(single)
    case 'ndjson':
      return (await import('../serialize/to-ndjson.js')).toNdjson(elections)
    case 'csv':
      return (await import('../serialize/to-csv.js')).toCsv(elections, {raw: run.raw})
    case 'markdown': {
      const {toMarkdown} = await import('../serialize/to-markdown.js')
      // One article per election; several are separated by a blank line.
      return elections.map((election) => toMarkdown(election)).join('\n')
    }
  }
}
