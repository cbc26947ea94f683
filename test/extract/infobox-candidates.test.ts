import {describe, expect, it} from 'vitest'
import {infoboxCandidates} from '../../src/extract/infobox-candidates.js'
import type {InfoboxEntryNode} from '../../src/parse/mdast-wiki.js'

/** Infobox entries from `Key: Value` lines. */
const entries = (...lines: string[]): InfoboxEntryNode[] =>
  lines.map((line) => {
    const colon = line.indexOf(':')
    return {type: 'infoboxEntry', key: line.slice(0, colon), value: line.slice(colon + 1).trim()}
  })


describe('infoboxCandidates', () => {
  it('reads a numbered family into one candidate', () => {
    const [candidate] = infoboxCandidates(entries(
      'Candidate1: John Edwards', 'Color1: E50100', 'Home State1: North Carolina', 'Delegate Count1: 57', 'Popular Vote1: 9,093', 'Percentage1: 51.06%'
    ))
    expect(candidate).toMatchObject({
      index: 1, name: 'John Edwards', withdrawn: false, votes: 9093, percent: 51.06, delegates: 57,
      homeState: 'North Carolina', color: '#e50100', party: null, runningMate: null, electoralVotes: null
    })
  })

  it('reads `NomineeN`, `PartyN` reduced, `Running MateN` and `Electoral VoteN`', () => {
    const [candidate] = infoboxCandidates(entries(
      'Nominee1: William Henry Harrison', 'Party1: Whig Party (United States)', 'Running Mate1: Francis Granger', 'Electoral Vote1: 7'
    ))
    expect(candidate).toMatchObject({name: 'William Henry Harrison', party: 'Whig', runningMate: 'Francis Granger', electoralVotes: 7})
  })

  it('reads a dash standing for no running mate or home state as none', () => {
    const [candidate] = infoboxCandidates(entries('Nominee2: Unpledged electors', 'Home State2: –', 'Running Mate2: —'))
    expect(candidate).toMatchObject({name: 'Unpledged electors', homeState: null, runningMate: null})
  })

  it('keeps the numbering gaps and sorts by number', () => {
    const candidates = infoboxCandidates(entries('Candidate4: Dennis Kucinich', 'Candidate1: John Edwards', 'Candidate2: John Kerry'))
    expect(candidates.map((candidate) => [candidate.index, candidate.name])).toEqual([[1, 'John Edwards'], [2, 'John Kerry'], [4, 'Dennis Kucinich']])
  })

  it('reads the `, (withdrawn)` marker', () => {
    expect(infoboxCandidates(entries('Candidate1: John Edwards, (withdrawn)'))[0]).toMatchObject({name: 'John Edwards', withdrawn: true})
  })

  it('reads `ColourN` and three-digit colours', () => {
    expect(infoboxCandidates(entries('Candidate1: A. Smith', 'Colour1: #F0A'))[0]?.color).toBe('#f0a')
  })

  it('skips families without a name', () => {
    expect(infoboxCandidates(entries('Image3: x.jpg', 'Popular Vote3: 12', 'Candidate5:'))).toEqual([])
  })

  it('keeps the first of two entries for one field', () => {
    expect(infoboxCandidates(entries('Candidate1: A. Smith', 'Popular Vote1: 12', 'Popular Vote1: 13'))[0]?.votes).toBe(12)
  })

  it('gives null for figures that are no numbers', () => {
    expect(infoboxCandidates(entries('Candidate1: A. Smith', 'Popular Vote1: TBD', 'Percentage1: n/a', 'Color1: red'))[0]).toMatchObject(
      {votes: null, percent: null, color: null}
    )
  })

  it('ignores keys that are no candidate family', () => {
    expect(infoboxCandidates(entries('Previous Year: 2000', 'Flag Year2: 2006'))).toEqual([])
  })
})
