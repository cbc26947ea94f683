import {describe, expect, it} from 'vitest'
import {reduceParty} from '../../src/extract/reduce-party.js'

describe('reduceParty', () => {
  it('reduces the infobox article title to the short name tables show', () => {
    expect(reduceParty('Republican Party (United States)')).toBe('Republican')
    expect(reduceParty('Whig Party (United States)')).toBe('Whig')
    expect(reduceParty('Democratic Party (US)')).toBe('Democratic')
  })

  it('keeps a short name as it is', () => {
    expect(reduceParty('Know Nothing')).toBe('Know Nothing')
    expect(reduceParty('Democratic')).toBe('Democratic')
  })

  it('strips footnotes and spaces', () => {
    expect(reduceParty(' Progressive[3] ')).toBe('Progressive')
  })

  it('gives null for `N/A`, dashes and empty text', () => {
    expect(['N/A', '—', '', 'Party'].map(reduceParty)).toEqual([null, null, null, 'Party'])
  })
})
