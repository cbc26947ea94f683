import {describe, expect, it} from 'vitest'
import {candidateKind} from '../../src/extract/candidate-kind.js'

describe('candidateKind', () => {
  it('reads people as candidates', () => {
    expect(candidateKind('John Kerry')).toBe('candidate')
    expect(candidateKind('Otherington Smith')).toBe('candidate')
  })

  it('reads Uncommitted, No Preference and Uninstructed rows', () => {
    expect(['Uncommitted', 'No Preference', 'uninstructed', 'None of these candidates'].map(candidateKind)).toEqual(
      ['uncommitted', 'uncommitted', 'uncommitted', 'uncommitted']
    )
  })

  it('reads Write-in rows in their spellings', () => {
    expect(['Write-in', 'Write-ins', 'Write in', 'Scattering'].map(candidateKind)).toEqual(['write-in', 'write-in', 'write-in', 'write-in'])
  })

  it('reads an `Unpledged delegates:` row (superdelegates counted under the Delegates column) as other', () => {
    expect(candidateKind('Unpledged delegates:')).toBe('other')
    expect(candidateKind('Unpledged electors')).toBe('candidate')
  })

  it('reads Other and Others rows, a trailing colon or period allowed', () => {
    expect(['Other', 'Others', 'Others:', 'Various candidates.', 'Unprojected delegates:'].map(candidateKind)).toEqual(
      ['other', 'other', 'other', 'other', 'other']
    )
  })
})
