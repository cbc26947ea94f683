/**
 * Writing elections as JSON.
 */
import {isElectionList, type Elections} from './election-list.js'
import {jsonChunks} from './json-chunks.js'
import {orderElection} from './order-election.js'

/** Indentation of the JSON output. */
const indent = 2

/**
 * Write one election as a JSON object, or several as a JSON array: 2-space indentation, keys
 * in schema order, `\n` line endings and a final newline.
 *
 * Lone surrogates come out as `\udXXX` escapes, so even they survive a round trip. A `-0`
 * is written `0` (JSON has no negative zero).
 */
export function toJson(input: Elections): string {
  const data = isElectionList(input) ? input.map(orderElection) : orderElection(input)
  return JSON.stringify(data, null, indent) + '\n'
}

/** The text of `toJson` in pieces of a few kilobytes, made as they are asked for. */
export function* toJsonChunks(input: Elections): Generator<string, void, undefined> {
  yield* jsonChunks(isElectionList(input) ? input.map(orderElection) : orderElection(input), indent)
  yield '\n'
}
