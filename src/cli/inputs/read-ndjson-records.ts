/**
 * Reading NDJSON: one record per line, an article or an election, decided by its content.
 */
import {inputRuleIds} from './input-rule-ids.js'
import type {NamedSource} from './input-source.js'
import {tooLarge} from './load-input.js'
import {readLines} from './read-lines.js'

/** Characters of a bad line quoted in its failure. */
const quotedLength = 40

/**
 * The records of the NDJSON stream `chunks` from `origin` (`<stdin>` or a file name), one
 * per non-blank line, read as they come. A line is either an article record,
 *
 *     {"id": "2004/alabama", "text": "= 2004 Alabama Democratic primary =\n..."}
 *
 * whose `id` (a string or number, optional) names the record in messages and becomes the
 * election's `sourceFile` and `sourceId` (without it the record is `ORIGIN#LINE`,
 * `<stdin>#3`, and both are null), or an
 * election record, a JSON object without `text` as `convert --to ndjson` writes them, checked
 * against the schema when it is converted. A line that is neither, or longer than `maxSize`
 * bytes (dropped as it streams, never held whole), comes out as a failed source (with the
 * record's id as data, where it has one), and reading goes on.
 */
export async function* readNdjsonRecords(chunks: AsyncIterable<Uint8Array>, origin: string, maxSize: number): AsyncGenerator<NamedSource> {
  for await (const read of readLines(chunks, maxSize)) {
    const at = `${origin}#${read.line}`
    const relative = `line-${read.line}`
    if ('tooLong' in read) {
      yield {source: {kind: 'failed', shown: at, failure: tooLarge(at, read.tooLong, maxSize)}, relative}
      continue
    }
    if (read.text.trim() === '') continue
    const record = parseRecord(read.text)
    if (record.kind === 'problem') {
      const reason = `Expected a JSON object: an election, or an article with a string \`text\` field, got ${record.problem}`
      // Named by its line, where an editor finds it; its id, if any, goes with it as data.
      const failure = {file: at, ruleId: inputRuleIds.recordInvalid, reason, ...(record.id === null ? {} : {sourceId: record.id})}
      yield {source: {kind: 'failed', shown: at, failure}, relative}
      continue
    }
    if (record.kind === 'election') {
      yield {source: {kind: 'text', value: read.text, shown: at, sourceFile: at, sourceId: null, content: 'json'}, relative}
      continue
    }
    yield {
      source: {kind: 'text', value: record.text, shown: record.id ?? at, sourceFile: record.id, sourceId: record.id, content: 'article'},
      relative: record.id ?? relative
    }
  }
}

/** A line that is no record: a description of what is there, and its id where it has one. */
interface RecordProblem {
  /** Discriminant. */
  kind: 'problem'
  /** What is there instead, for the reason. */
  problem: string
  /** The line's `id`, or null. */
  id: string | null
}

/** What a line holds: an article record, an election record, or what is there instead. */
function parseRecord(text: string): {kind: 'article'; text: string; id: string | null} | {kind: 'election'} | RecordProblem {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return {kind: 'problem', problem: `\`${text.slice(0, quotedLength)}\` (not JSON)`, id: null}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {kind: 'problem', problem: `\`${text.slice(0, quotedLength)}\``, id: null}
  if (!Object.hasOwn(value, 'text')) return {kind: 'election'}
  const rawId: unknown = Reflect.get(value, 'id')
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : null
  const body: unknown = Reflect.get(value, 'text')
  if (typeof body !== 'string') return {kind: 'problem', problem: `a \`text\` of type \`${body === null ? 'null' : typeof body}\``, id}
  return {kind: 'article', text: body, id}
}
