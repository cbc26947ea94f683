/**
 * Writing YAML in pieces, for outputs too large to hold as one document.
 */
import {isElectionList, type Elections} from './election-list.js'
import {escapeYamlNonPrintable} from './escape-yaml-non-printable.js'
import {isLargeValue, pieceLength, type Gathered} from './large-value.js'
import {isYamlPlainSafe} from './is-yaml-plain-safe.js'
import {orderElection} from './order-election.js'
import {toWellFormed} from './to-well-formed.js'
import {yamlDocumentText} from './to-yaml.js'

/** The text of `toYaml` in pieces of a few kilobytes, made as they are asked for. */
export function toYamlChunks(input: Elections): Generator<string, void, undefined> {
  return yamlChunks(isElectionList(input) ? input.map(orderElection) : orderElection(input))
}

/**
 * The text `toYaml` writes for `data` (already in key order), in pieces of about
 * `pieceLength` characters, so that a large election never becomes one `Document` of
 * 100,000 nodes: joined, the pieces are exactly that text. The first line starts with
 * `first`, the others with `rest` (`- ` and two spaces: a sequence entry).
 *
 * Collections are laid out here as the library lays out block collections (`- ` entries,
 * `key:` then the value two spaces further in, `[]` and `{}` when empty), which holds because
 * no scalar spans lines; scalars the library would not write as they are go through it.
 */
export function* yamlChunks(data: unknown, first = '', rest = ''): Generator<string, void, undefined> {
  const gathered: Gathered = {text: ''}
  yield* walk(data, first, rest, gathered)
  if (gathered.text !== '') yield gathered.text
}

/** Append the YAML of `data` to `gathered`, handing out full pieces. */
function* walk(data: unknown, first: string, rest: string, gathered: Gathered): Generator<string, void, undefined> {
  if (!isLargeValue(data)) {
    gathered.text += written(data, first, rest)
    return
  }
  const sequence = Array.isArray(data)
  const entryRest = rest + '  '
  let lead = first
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue
    // A small entry is written here rather than by a walk of its own: one generator per
    // candidate cost a third of the time.
    if (sequence) {
      if (isLargeValue(value)) yield* walk(value, lead + '- ', entryRest, gathered)
      else gathered.text += written(value, lead + '- ', entryRest)
    } else {
      gathered.text += keyLine(lead, key, value)
      if (isBlockCollection(value)) yield* walk(value, entryRest, entryRest, gathered)
    }
    lead = rest
    if (gathered.text.length >= pieceLength) {
      yield gathered.text
      gathered.text = ''
    }
  }
}

/** The YAML of a small `data`, laid out as `walk` lays out a large one. */
function written(data: unknown, first: string, rest: string): string {
  if (!isBlockCollection(data)) return first + scalarText(data) + '\n'
  let text = ''
  let lead = first
  if (Array.isArray(data)) {
    for (const value of data as unknown[]) {
      text += written(value, lead + '- ', rest + '  ')
      lead = rest
    }
    return text
  }
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue
    text += keyLine(lead, key, value)
    if (isBlockCollection(value)) text += written(value, rest + '  ', rest + '  ')
    lead = rest
  }
  return text
}

/**
 * The line of a mapping entry: `key: value` for a scalar or an empty collection, `key:` alone
 * before a block collection, which follows on the next lines.
 */
function keyLine(lead: string, key: string, value: unknown): string {
  return lead + keyText(key) + (isBlockCollection(value) ? ':\n' : ': ' + scalarText(value) + '\n')
}

/** Whether the library writes `value` as a block collection: an object or array with an entry. */
function isBlockCollection(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  return Array.isArray(value) ? value.length > 0 : Object.values(value).some((item) => item !== undefined)
}

/**
 * A scalar or an empty collection as the library writes it: plain when that is certain
 * (null, booleans, integers, strings `isYamlPlainSafe` lets through that hold no `:` or
 * `#`), else by the library itself.
 */
function scalarText(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'object') return Array.isArray(value) ? '[]' : '{}'
  if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0) && !String(value).includes('e')) return String(value)
  return remembered(value, () => {
    const text = typeof value === 'string' ? toWellFormed(value) : ''
    if (typeof value === 'string' && isYamlPlainSafe(text) && !indicator.test(text)) return text
    return escapeYamlNonPrintable(yamlDocumentText(value)).slice(0, -1)
  })
}

/** Characters after which the library may quote a string `isYamlPlainSafe` lets through. */
const indicator = /[:#]/

/** A key as the library writes it in `key: value`. */
function keyText(key: string): string {
  return remembered(key, () => escapeYamlNonPrintable(yamlDocumentText({[key]: null})).slice(0, -': null\n'.length))
}

/**
 * Texts written, by value: keys and repeated strings (a name, a date, a reason) recur. Numbers
 * here are only those the library writes (`-0` among them, which a `Map` takes for `0`:
 * `0` itself never gets here).
 */
const rememberedTexts = new Map<unknown, string>()

/** Entries kept in `rememberedTexts`; it starts over when full. */
const rememberedLimit = 4096

/** The text of `value` from `rememberedTexts`, or from `write` (kept when `value` is short). */
function remembered(value: unknown, write: () => string): string {
  const known = rememberedTexts.get(value)
  if (known !== undefined) return known
  const text = write()
  if (typeof value === 'string' && value.length > 256) return text
  if (rememberedTexts.size >= rememberedLimit) rememberedTexts.clear()
  rememberedTexts.set(value, text)
  return text
}
