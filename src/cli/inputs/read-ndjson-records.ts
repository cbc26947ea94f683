/**
 * Reading `--from ndjson`: one JSON object per line, its `text` an article.
 */
import {inputRuleIds} from './input-rule-ids.js'
import type {NamedSource} from './input-source.js'
import {readLines} from './read-lines.js'

/** Characters of a bad line quoted in its failure. */
const quotedLength = 40

/**
 * The articles of the NDJSON stream `chunks` from `origin` (`<stdin>` or a file name), one
 * per non-blank line, e.g.
 *
 *     {"id": "2004/alabama", "text": "# 2004 Alabama Democratic primary\n..."}
 *
 * `id` (a string or number, optional) names the record in messages and becomes the
 * election's `sourceFile`; without it the record is `ORIGIN#LINE` (`<stdin>#3`). A line that is not a JSON
 * object with a string `text` comes out as a failed source, and reading goes on.
 */
export async function* readNdjsonRecords(chunks: AsyncIterable<Uint8Array>, origin: string): AsyncGenerator<NamedSource> {
  for await (const {text, line} of readLines(chunks)) {
    if (text.trim() === '') continue
    const at = `${origin}#${line}`
    const record = parseRecord(text)
    if (typeof record === 'string') {
      const reason = `Expected a JSON object with a string \`text\` field, got ${record}`
      yield {source: {kind: 'failed', shown: at, failure: {file: at, ruleId: inputRuleIds.recordInvalid, reason}}, relative: `line-${line}`}
      continue
    }
    yield {
      source: {kind: 'text', value: record.text, shown: record.id ?? at, sourceFile: record.id},
      relative: record.id ?? `line-${line}`
    }
  }
}

/** The record on `text`, or a description of what is there instead. */
function parseRecord(text: string): {text: string; id: string | null} | string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return `\`${text.slice(0, quotedLength)}\` (not JSON)`
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `\`${text.slice(0, quotedLength)}\``
  const body: unknown = Reflect.get(value, 'text')
  if (typeof body !== 'string') return `a \`text\` of type \`${body === null ? 'null' : typeof body}\``
  const id: unknown = Reflect.get(value, 'id')
  return {text: body, id: typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : null}
}
