import {describe, expect, it} from 'vitest'
import {stripFootnotes} from '../../src/extract/strip-footnotes.js'

describe('stripFootnotes', () => {
  it('removes numbered markers wherever they are glued', () => {
    expect(stripFootnotes('National delegates[2]')).toBe('National delegates')
    expect(stripFootnotes('9,093[3][4]')).toBe('9,093')
    expect(stripFootnotes('Total[9] votes')).toBe('Total votes')
  })

  it('removes lettered, note and citation-needed markers', () => {
    expect(stripFootnotes('Candidate[a]')).toBe('Candidate')
    expect(stripFootnotes('Votes[note 2]')).toBe('Votes')
    expect(stripFootnotes('Votes[nb 1]')).toBe('Votes')
    expect(stripFootnotes('1,204[citation needed]')).toBe('1,204')
  })

  it('removes an explanatory note`s group label left where its `[a]` style was lost', () => {
    expect(stripFootnotes('38[lower-alpha 1]')).toBe('38')
    expect(stripFootnotes('Votes[upper-roman 12]')).toBe('Votes')
  })

  it('keeps brackets that are no footnote', () => {
    expect(stripFootnotes('[Independent]')).toBe('[Independent]')
    expect(stripFootnotes('a[1234]')).toBe('a[1234]')
  })

  it('returns text without brackets unchanged', () => {
    expect(stripFootnotes('John Kerry')).toBe('John Kerry')
  })
})
