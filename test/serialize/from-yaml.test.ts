import {describe, expect, test} from 'vitest'
import {ElectionReadError} from '../../src/serialize/election-read-error.js'
import {fromYaml} from '../../src/serialize/from-yaml.js'
import {toYaml} from '../../src/serialize/to-yaml.js'
import {election, sampleElection} from './sample-election.js'
import {replaceLast} from './replace-last.js'

describe('fromYaml', () => {
  test('refuses a bad value, naming the path of the field', () => {
    const text = toYaml(sampleElection).replace('votes: 9093', 'votes: many')
    expect(() => fromYaml(text)).toThrow('candidates[0].votes: expected number, got "many"')
  })

  test('refuses total votes beyond 2^53 - 1 rather than rounding them', () => {
    const text = toYaml(sampleElection).replace('votes: 14043', 'votes: 18014398509481984')
    expect(() => fromYaml(text)).toThrow('totals.votes: expected an integer of at most 9007199254740991 in size, which a number holds exactly, got 18014398509481984')
  })

  test('reads an unquoted yes as a boolean and so refuses it as a title', () => {
    expect(() => fromYaml(replaceLast(toYaml(election()), 'title: null', 'title: yes'))).not.toThrow()
    expect(() => fromYaml(replaceLast(toYaml(election()), 'title: null', 'title: true'))).toThrow('title: expected string, got true')
  })

  test('refuses broken YAML and duplicate keys with an ElectionReadError', () => {
    expect(() => fromYaml('title: [')).toThrow(ElectionReadError)
    expect(() => fromYaml(toYaml(election()) + 'title: null\n')).toThrow(ElectionReadError)
  })
})
