import {describe, expect, it} from 'vitest'
import {stagesNamed} from '../../src/extract/stages-named.js'

describe('stagesNamed', () => {
  it('reads caucuses as caucus', () => {
    expect(stagesNamed('2004 North Carolina Democratic presidential caucuses')).toEqual(['caucus'])
  })

  it('reads every stage a name mentions, once each', () => {
    expect(stagesNamed('Primary and caucuses; caucus')).toEqual(['primary', 'caucus'])
  })

  it('reads no stage from a general election name', () => {
    expect(stagesNamed('United States presidential election in Guam, 2016')).toEqual([])
  })

  it('ignores words inherited from Object.prototype', () => {
    expect(stagesNamed('constructor toString')).toEqual([])
  })
})
