import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {toJson} from '../../src/serialize/to-json.js'
import {toYaml} from '../../src/serialize/to-yaml.js'
import {compareWithPyYaml, hasPyYaml} from './py-yaml.js'
import {electionsArbitrary, numRuns} from './property-elections.js'
import {wellFormedStrings} from './well-formed-strings.js'

describe.skipIf(!hasPyYaml())('YAML read by PyYAML (YAML 1.1)', () => {
  test('is the same data as the JSON, for hostile elections', () => {
    // One Python process for all runs: fast-check samples, PyYAML (libyaml) compares.
    const samples = fc.sample(electionsArbitrary, {numRuns, seed: 20_040_417})
    const pairs = samples.map((input) => [toYaml(input), toJson(wellFormedStrings(input))] as const)
    const results = compareWithPyYaml(pairs, 'CSafeLoader')
    const failures = pairs
      .map((pair, index) => ({yaml: pair[0], pyYaml: results[index]}))
      .filter((result) => result.pyYaml !== true)
    expect(failures.slice(0, 1)).toEqual([])
  })
})
