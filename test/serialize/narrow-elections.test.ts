import {describe, expect, test} from 'vitest'
import {narrowElections} from '../../src/serialize/narrow-elections.js'
import {election} from './sample-election.js'

describe('narrowElections', () => {
  test('takes one election or a list, and gives a list', () => {
    expect(narrowElections(election(), 'JSON')).toEqual([election()])
    expect(narrowElections([election(), election()], 'JSON')).toHaveLength(2)
  })

  test('names the format and the path of a bad field', () => {
    expect(() => narrowElections({...election(), year: '1852'}, 'YAML')).toThrow('Invalid YAML elections: year: expected number, got "1852"')
  })
})
