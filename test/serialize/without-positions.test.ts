import {describe, expect, test} from 'vitest'
import {withoutPositions} from '../../src/serialize/without-positions.js'
import {sampleElection} from './sample-election.js'

describe('withoutPositions', () => {
  test('sets every position to null and drops messages', () => {
    const stripped = withoutPositions(sampleElection)
    expect(JSON.stringify(stripped)).not.toMatch(/"position":\{/)
    expect(stripped.messages).toEqual([])
    expect(stripped.candidates[0]?.votes).toBe(9093)
  })

  test('leaves its input alone', () => {
    const before = JSON.stringify(sampleElection)
    withoutPositions(sampleElection)
    expect(JSON.stringify(sampleElection)).toBe(before)
  })
})
