/**
 * The writers that hand out an output in pieces give exactly the bytes of the writers that
 * build it whole.
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import type {Election} from '../../src/model/election.js'
import {parseElection} from '../../src/parse-election.js'
import {jsonChunks} from '../../src/serialize/json-chunks.js'
import {orderElection} from '../../src/serialize/order-election.js'
import {toJson} from '../../src/serialize/to-json.js'
import {escapeLineBreaks, toNdjson} from '../../src/serialize/to-ndjson.js'
import {toYaml} from '../../src/serialize/to-yaml.js'
import {yamlChunks} from '../../src/serialize/yaml-chunks.js'
import {articleFixtures} from '../article-fixtures.js'
import {electionsArbitrary} from './property-elections.js'

/** Fewer runs than the round trips: each election is made 100 candidates long. */
const numRuns = 200

/** The pieces joined. */
function joined(pieces: Iterable<string>): string {
  return [...pieces].join('')
}

/** Pieces of JSON, YAML and NDJSON against the whole-string writers, for one list of elections. */
function expectSameBytes(elections: readonly Election[]): void {
  const ordered = elections.map(orderElection)
  for (const [index, election] of elections.entries()) {
    expect(joined(jsonChunks(ordered[index], 2)) + '\n').toBe(toJson(election))
    expect(joined(yamlChunks(ordered[index]))).toBe(toYaml(election))
  }
  expect(joined(jsonChunks(ordered, 2)) + '\n').toBe(toJson(elections))
  expect(joined(yamlChunks(ordered))).toBe(toYaml(elections))
  const lines = ordered.map((election) => [...jsonChunks(election, 0)].map(escapeLineBreaks).join('') + '\n')
  expect(lines.join('')).toBe(toNdjson(elections))
}

/** `election` with its candidates repeated to at least 100, so that the writers walk them. */
function lengthened(election: Election): Election {
  const candidates = election.candidates.length === 0 ? [] : Array.from({length: 100}, (_, index) => election.candidates[index % election.candidates.length]).filter((candidate) => candidate !== undefined)
  return {...election, candidates}
}

describe('writers in pieces', () => {
  test('give the bytes of the whole writers for every real article', () => {
    const elections = articleFixtures().map((fixture) => parseElection(new VFile({path: 'input.md', value: fixture.input})).election)
    expectSameBytes(elections)
    expectSameBytes(elections.map(lengthened))
  })

  test('give the bytes of the whole writers for hostile elections of 100 candidates', () => {
    fc.assert(
      fc.property(electionsArbitrary, (elections) => {
        expectSameBytes(elections.map(lengthened))
      }),
      {numRuns}
    )
  })

  test('hand out pieces of bounded length', () => {
    const [fixture] = articleFixtures()
    const election = orderElection(lengthened(parseElection(fixture?.input ?? '').election))
    const many = Array.from({length: 50}, () => election)
    for (const pieces of [jsonChunks(many, 2), yamlChunks(many)]) {
      const lengths = [...pieces].map((piece) => piece.length)
      expect(lengths.length).toBeGreaterThan(10)
      expect(Math.max(...lengths)).toBeLessThan(64 * 1024)
    }
  })
})
