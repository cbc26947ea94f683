import {describe, expect, it} from 'vitest'
import {field, figures, read, ruleIds} from './read-article.js'

const table = '==Results==\n| Candidate | Votes | % |\n| Vera Holt | 95,000 | 56.2% |\n| Glen Ash | 74,000 | 43.8% |\n'

describe('infobox variants', () => {
  it('merges `CandidateN` families into the table rows', () => {
    const election = read(`= 2008 Montana Democratic primary =\n\nInfobox\n- Candidate1: Vera Holt\n- Home State1: Illinois\n- Color1: 1a2b3c\n- Candidate2: Glen Ash\n- Home State2: New York\n\n${table}`)
    expect(election.candidates.map((candidate) => [candidate.name, candidate.homeState, candidate.color, candidate.infoboxIndex])).toEqual([
      ['Vera Holt', 'Illinois', '#1a2b3c', 1], ['Glen Ash', 'New York', null, 2]
    ])
  })

  it('reads candidates from `NomineeN` with `Electoral VoteN` when there is no table', () => {
    const election = read(`= 1960 United States presidential election in Nevada =

Infobox
- Election Date: November 8, 1960
- Nominee1: Hal Brandt
- Party1: Democratic Party (United States)
- Electoral Vote1: 3
- Popular Vote1: 54,880
- Percentage1: 51.16%
- Nominee2: Rod Kimball
- Party2: Republican Party (United States)
- Electoral Vote2: 0
- Popular Vote2: 52,387
- Percentage2: 48.84%
`)
    expect(election.candidates.map((candidate) => [candidate.name, candidate.party, candidate.votes, candidate.percent, candidate.electoralVotes, candidate.winner])).toEqual([
      ['Hal Brandt', 'Democratic', 54880, 51.16, 3, true],
      ['Rod Kimball', 'Republican', 52387, 48.84, 0, false]
    ])
    expect(election.mainTable).toBeNull()
  })

  it('keeps gaps in the numbering and reports them', () => {
    const election = read('= 2012 American Samoa Republican caucuses =\n\nInfobox\n- Candidate1: Ray Moe\n- Delegate Count1: 9\n- Candidate4: Lu Tai\n- Delegate Count4: 0\n')
    expect(election.candidates.map((candidate) => [candidate.name, candidate.delegates, candidate.infoboxIndex])).toEqual([['Ray Moe', 9, 1], ['Lu Tai', 0, 4]])
    expect(ruleIds(election)).toContain('numbering-gap')
  })

  it('reads a table without any infobox', () => {
    expect(figures(read(`= 2008 Montana Democratic primary =\n\n${table}`))).toEqual([['Vera Holt', 95000, 56.2, null], ['Glen Ash', 74000, 43.8, null]])
  })

  it('keeps the table`s figures when the infobox disagrees, with a message at the infobox line', () => {
    const election = read(`= 2008 Montana Democratic primary =\n\nInfobox\n- Candidate1: Vera Holt\n- Popular Vote1: 95,001\n\n${table}`)
    expect(field(election, 'votes')).toEqual([95000, 74000])
    const mismatch = election.messages.find((message) => message.ruleId === 'infobox-table-mismatch')
    expect(mismatch).toMatchObject({line: 5, column: 1})
  })

  it('marks a candidate withdrawn from the infobox `, (withdrawn)` marker', () => {
    const election = read(`= 2008 Montana Democratic primary =\n\nInfobox\n- Candidate2: Glen Ash, (withdrawn)\n\n${table}`)
    expect(field(election, 'withdrawn')).toEqual([false, true])
  })

  it('appends infobox candidates the table does not list', () => {
    const election = read(`= 2008 Montana Democratic primary =\n\nInfobox\n- Candidate3: Mae Ring\n- Popular Vote3: 12\n\n${table}`)
    expect(field(election, 'name')).toEqual(['Vera Holt', 'Glen Ash', 'Mae Ring'])
  })

  it('matches `Joe` in the infobox with `Joseph R. ... Jr.` in the table', () => {
    const election = read('= 2020 Ohio Democratic primary =\n\nInfobox\n- Candidate1: Joe Biden\n- Home State1: Delaware\n\n| Candidate | Votes |\n| Joseph R. Biden Jr. | 647,284 |\n')
    expect(election.candidates.map((candidate) => [candidate.name, candidate.homeState])).toEqual([['Joseph R. Biden Jr.', 'Delaware']])
  })
})
