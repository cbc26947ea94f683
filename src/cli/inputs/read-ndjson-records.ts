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
 * election's `sourceFile` and `sourceId`; without it the record is `ORIGIN#LINE` (`<stdin>#3`)
 * and both are null. A line that is not a JSON object with a string `text` comes out as a
 * failed source (with the record's id, where it has one), and reading goes on.
 */
export async function* readNdjsonRecords(chunks: AsyncIterable<Uint8Array>, origin: string): AsyncGenerator<NamedSource> {
  for await (const {text, line} of readLines(chunks)) {
    if (text.trim() === '') continue
    const at = `${origin}#${line}`
    const record = parseRecord(text)
    if ('problem' in record) {
      const reason = `Expected a JSON object with a string \`text\` field, got ${record.problem}`
      // Named by its line, where an editor finds it; its id, if any, goes with it as data.
      const failure = {file: at, ruleId: inputRuleIds.recordInvalid, reason, ...(record.id === null ? {} : {sourceId: record.id})}
      yield {source: {kind: 'failed', shown: at, failure}, relative: `line-${line}`}
      continue
    }
    yield {
      source: {kind: 'text', value: record.text, shown: record.id ?? at, sourceFile: record.id, sourceId: record.id},
      relative: record.id ?? `line-${line}`
    }
  }
}

/** The record on `text`, or a description of what is there instead (and its id, if any). */
function parseRecord(text: string): {text: string; id: string | null} | {problem: string; id: string | null} {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return {problem: `\`${text.slice(0, quotedLength)}\` (not JSON)`, id: null}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {problem: `\`${text.slice(0, quotedLength)}\``, id: null}
  const rawId: unknown = Reflect.get(value, 'id')
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : null
  const body: unknown = Reflect.get(value, 'text')
  if (typeof body !== 'string') return {problem: `a \`text\` of type \`${body === null ? 'null' : typeof body}\``, id}
  return {text: body, id}
}
