/**
 * What an input without a telling name (standard input) holds, decided by its content.
 */
import {electionKeyOrder} from '../../model/key-order.js'
import type {InputKind} from './input-kind.js'

/** What content alone can tell: an article, one JSON or YAML document, NDJSON records, a database. */
export type ContentKind = Extract<InputKind, 'article' | 'json' | 'yaml' | 'csv' | 'ndjson' | 'sqlite'>

/** The 16 bytes every SQLite database file opens with. */
const sqliteHeader = 'SQLite format 3\u0000'

/** Top-level keys of an election, as `convert` writes them. */
const electionKeys: ReadonlySet<string> = new Set(Object.keys(electionKeyOrder))

/** Election keys a YAML mapping needs, at least, when `candidates` is not one of them. */
const leastElectionKeys = 2

/** A column name as `convert --to csv` writes it. */
const csvColumnName = /^[a-z_]+$/

/** A line that opens an election key of YAML: `candidates:`, or `- title: x` in a sequence. */
const yamlKeyLine = /^(?:- )?([a-z]+):(?:\s|$)/i

/**
 * What `text` holds:
 *
 * - `json` when it is one JSON value (an election object or an array of them), or when it
 *   opens with `{` and is not NDJSON (broken JSON is refused as data, not read as an article);
 * - `ndjson` when its first line is a JSON object and the whole is not one JSON value (records,
 *   one a line), or when it is one article record (an object with a string `text`);
 * - `sqlite` when it opens with the SQLite file header (a database `convert --to sqlite` wrote);
 * - `csv` when its first line is a CSV header with an `election_id` column (`convert --to csv`);
 * - `yaml` when it parses as a YAML mapping (or a sequence of mappings) holding `candidates`
 *   or at least two of the election's top-level keys;
 * - `article` otherwise: the scraped format (`= Title =`, infobox lines, pipe tables, prose)
 *   is none of these.
 *
 * The same bytes in a file with the matching extension get the same verdict.
 */
export async function dataFormatOf(text: string): Promise<ContentKind> {
  if (text.startsWith(sqliteHeader)) return 'sqlite'
  if (isCsvHeader(text)) return 'csv'
  const trimmed = text.trim()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const whole = parseJson(trimmed)
    if (whole.ok) return isArticleRecord(whole.value) ? 'ndjson' : 'json'
    const first = parseJson(trimmed.split('\n', 1)[0] ?? '')
    if (first.ok && isObject(first.value)) return 'ndjson'
    if (trimmed.startsWith('{')) return 'json'
  }
  return (await isYamlElection(text)) ? 'yaml' : 'article'
}

/**
 * Whether the first line of `text` is a whole JSON object: the opening of NDJSON records,
 * decided before the rest of a long stream has arrived.
 */
export function opensNdjson(text: string): boolean {
  const newline = text.indexOf('\n')
  if (newline === -1) return false
  const first = parseJson(text.slice(0, newline).trim())
  return first.ok && isObject(first.value)
}

/**
 * Whether the first line of `text` is the header of a CSV that `convert` writes: lower-case
 * column names separated by commas, `election_id` among them. An article's first line is its
 * title or prose, never this.
 */
function isCsvHeader(text: string): boolean {
  const newline = text.indexOf('\n')
  const line = (newline === -1 ? text : text.slice(0, newline)).replace(/^\ufeff/, '').replace(/\r$/, '')
  const names = line.split(',')
  return names.includes('election_id') && names.every((name) => csvColumnName.test(name))
}

/** Whether `text` is YAML election data; parsed only when a line opens an election key. */
async function isYamlElection(text: string): Promise<boolean> {
  const opensKey = text.split('\n').some((line) => electionKeys.has(yamlKeyLine.exec(line)?.[1] ?? ''))
  if (!opensKey) return false
  const {parse} = await import('yaml')
  let value: unknown
  try {
    value = parse(text, {schema: 'core'}) as unknown
  } catch {
    return false
  }
  const documents = Array.isArray(value) ? (value as unknown[]) : [value]
  return documents.length > 0 && documents.every((document) => isElectionMapping(document))
}

/** Whether `value` is a mapping with `candidates` or enough election keys. */
function isElectionMapping(value: unknown): boolean {
  if (!isObject(value)) return false
  const keys = Object.keys(value).filter((key) => electionKeys.has(key))
  return keys.includes('candidates') || keys.length >= leastElectionKeys
}

/** Whether `value` is an NDJSON article record: an object with a string `text`. */
function isArticleRecord(value: unknown): boolean {
  return isObject(value) && typeof Reflect.get(value, 'text') === 'string'
}

/** Whether `value` is a plain object (not an array, not null). */
function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `text` parsed as JSON, or not. */
function parseJson(text: string): {ok: true; value: unknown} | {ok: false} {
  try {
    return {ok: true, value: JSON.parse(text) as unknown}
  } catch {
    return {ok: false}
  }
}
