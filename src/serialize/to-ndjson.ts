/**
 * Writing elections as newline-delimited JSON.
 */
import {electionList, type Elections} from './election-list.js'
import {jsonChunks} from './json-chunks.js'
import {orderElection} from './order-election.js'

/** U+2028 and U+2029, which JSON leaves raw but some line splitters break on. */
const unicodeLineBreak = /[\u2028\u2029]/g

/**
 * Write one election per line as compact JSON, keys in schema order, each line ending in
 * `\n`. No elections give the empty string.
 *
 * JSON escapes `\n` and `\r` inside strings; U+2028 and U+2029 are escaped too (`\u2028`),
 * so a line is one election for any line splitter.
 */
export function toNdjson(input: Elections): string {
  let text = ''
  for (const election of electionList(input)) text += toNdjsonLine(orderElection(election))
  return text
}

/** The text of `toNdjson` in pieces of a few kilobytes, made as they are asked for. */
export function* toNdjsonChunks(input: Elections): Generator<string, void, undefined> {
  for (const election of electionList(input)) {
    for (const piece of jsonChunks(orderElection(election), 0)) yield escapeLineBreaks(piece)
    yield '\n'
  }
}

/** `value` as one line of compact JSON ending in `\n`, U+2028 and U+2029 escaped. */
export function toNdjsonLine(value: unknown): string {
  return escapeLineBreaks(JSON.stringify(value)) + '\n'
}

/**
 * Escape U+2028 and U+2029, which in JSON text only occur inside strings (also in a piece of
 * a line). Most lines have neither, and are returned as they are: a replace would copy every
 * line.
 */
export function escapeLineBreaks(json: string): string {
  if (!json.includes('\u2028') && !json.includes('\u2029')) return json
  return json.replace(unicodeLineBreak, (character) =>
    '\\u' + character.charCodeAt(0).toString(16)
  )
}
