import {describe, expect, it} from 'vitest'
import {delegatePreference, headerRoles, normalizeHeader, roleOf} from '../../src/extract/header-roles.js'

describe('roleOf', () => {
  it('reads the percent header in its spellings', () => {
    expect(['%', 'Percentage', 'Percent', 'Vote %', 'Pct.', 'Pct'].map((name) => roleOf(name, null))).toEqual(['percent', 'percent', 'percent', 'percent', 'percent', 'percent'])
  })

  it('reads the count header in its spellings, state delegates counted as votes', () => {
    expect(['Votes', 'Popular vote', 'No. State Delegates', 'State delegates', '#', 'Count'].map((name) => roleOf(name, null))).toEqual(
      ['votes', 'votes', 'votes', 'votes', 'votes', 'votes']
    )
  })

  it('reads the delegates header in its spellings', () => {
    const names = ['Delegates', 'National delegates[2]', 'Pledged delegates', 'Estimated national delegates', 'Delegates votes', 'Actual delegate count']
    expect(names.map((name) => roleOf(name, null))).toEqual(names.map(() => 'delegates'))
  })

  it('reads unknown names by their words', () => {
    expect(roleOf('Delegates allocated (projected)', null)).toBe('delegates')
    expect(roleOf('Electoral college', null)).toBe('electoralVotes')
    expect(roleOf('Share of vote %', null)).toBe('percent')
    expect(roleOf('Votes received', null)).toBe('votes')
    expect(roleOf('Notes', null)).toBe('other')
  })

  it('reads only the name under a `Running mate` group: not its home state or electoral votes', () => {
    expect(['Vice-presidential candidate', 'Home state', 'Elect. vote'].map((name) => roleOf(name, 'Running mate'))).toEqual(['runningMate', 'other', 'other'])
    expect(roleOf('Pct', 'Popular vote')).toBe('percent')
  })

  it('reads candidate, party, running mate and place columns', () => {
    expect(['Candidate', 'Nominee', 'Party', 'Running mate', 'County', 'Parish', 'Poll source'].map((name) => roleOf(name, null))).toEqual(
      ['candidate', 'candidate', 'party', 'runningMate', 'place', 'place', 'place']
    )
  })

  it('reads the delegate breakdown', () => {
    expect(['Pledged', 'Unpledged', 'Superdelegates', 'Bound', 'Unbound'].map((name) => roleOf(name, null))).toEqual(
      ['pledged', 'unpledged', 'unpledged', 'bound', 'unbound']
    )
  })

  it('reads sub-headers under an electoral group as electoral votes and share', () => {
    expect(roleOf('Count', 'Electoral vote')).toBe('electoralVotes')
    expect(roleOf('%', 'Electoral vote')).toBe('electoralPercent')
  })

  it('reads `Total` under a group as the delegates total', () => {
    expect(roleOf('Total', 'State delegates')).toBe('delegates')
    expect(roleOf('Total', null)).toBe('other')
  })

  it('reads `Count` and `%` under a popular vote group as votes and share', () => {
    expect(roleOf('Count', 'Popular vote')).toBe('votes')
    expect(roleOf('%', 'Popular vote')).toBe('percent')
  })

  it('gives an empty header the empty role', () => {
    expect(roleOf('', null)).toBe('empty')
    expect(roleOf('[1]', null)).toBe('empty')
  })
})

describe('normalizeHeader', () => {
  it('lower-cases, strips footnotes and collapses spaces', () => {
    expect(normalizeHeader(' National  Delegates[2] ')).toBe('national delegates')
  })
})

describe('delegatePreference', () => {
  it('ranks national over plain over district and state delegates', () => {
    expect(delegatePreference('Estimated national delegates')).toBe(3)
    expect(delegatePreference('Delegates')).toBe(2)
    expect(delegatePreference('District Delegates')).toBe(1)
    expect(delegatePreference('State delegates')).toBe(1)
  })
})

describe('headerRoles', () => {
  it('keys every name in lower case', () => {
    expect(Object.keys(headerRoles).filter((name) => name !== name.toLowerCase())).toEqual([])
  })
})

describe('roleOf on header names seen in the wild', () => {
  it('reads shares, counts and delegates by the words they use', () => {
    expect(roleOf('Vote share', null)).toBe('percent')
    expect(roleOf('Percentage of vote', null)).toBe('percent')
    expect(roleOf('No. of votes', null)).toBe('votes')
    expect(roleOf('Pledged delegates won', null)).toBe('delegates')
    expect(roleOf('Candidate(s)', null)).toBe('other')
  })
})
