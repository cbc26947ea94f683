import {describe, expect, it} from 'vitest'
import {field, figures, read, ruleIds} from './read-article.js'

const head = '= 2004 Idaho Democratic caucuses =\n\n==Results==\n'

describe('row variants', () => {
  it('reads Total, Totals, Total votes and Totals: rows as the total, not a candidate', () => {
    for (const label of ['Total', 'Totals', 'Total votes', 'Totals:']) {
      const election = read(`${head}| Candidate | Votes | % |\n| Eva Moss | 300 | 75% |\n| Sam Roy | 100 | 25% |\n| ${label} | 400 | 100% |\n`)
      expect(field(election, 'name'), label).toEqual(['Eva Moss', 'Sam Roy'])
      expect(election.totals.votes, label).toBe(400)
    }
  })

  it('keeps `Voter turnout` and `Source:` rows out of the candidates, with a message each', () => {
    const election = read(`${head}| Candidate | Votes | % |\n| Eva Moss | 300 | 75% |\n| Sam Roy | 100 | 25% |\n| Totals | 400 | 100% |\n| Voter turnout | 18% | |\n| Source: Idaho Democratic Party | | |\n`)
    expect(field(election, 'name')).toEqual(['Eva Moss', 'Sam Roy'])
    expect(ruleIds(election).filter((id) => id === 'row-not-result')).toHaveLength(2)
    expect(election.tables[0]?.rows).toHaveLength(5)
  })

  it('gives Uncommitted, Write-ins, Others and No Preference rows their own kind', () => {
    const election = read(`${head}| Candidate | Votes |\n| Eva Moss | 300 |\n| Uncommitted | 40 |\n| Write-ins | 12 |\n| Others | 9 |\n| No Preference | 5 |\n`)
    expect(election.candidates.map((candidate) => [candidate.name, candidate.kind])).toEqual([
      ['Eva Moss', 'candidate'], ['Uncommitted', 'uncommitted'], ['Write-ins', 'write-in'], ['Others', 'other'], ['No Preference', 'uncommitted']
    ])
  })

  it('moves figures back under their columns after a label that spanned Party and Candidate, and says so', () => {
    const election = read(`= 1952 United States presidential election in Delaware =

== Results ==
| Party | Candidate | Votes | % | |
| Republican | Ida Moor | 90,059 | 51.75% | |
| Democratic | Jon Quill | 83,313 | 47.88% | |
| Write-in | 651 | 0.37% | | |
| Total votes | 174,023 | 100.00% | | |
`)
    expect(election.candidates[2]).toMatchObject({name: 'Write-in', kind: 'write-in', party: null, votes: 651, percent: 0.37})
    expect(election.totals.votes).toBe(174023)
    const shifted = election.messages.filter((message) => message.ruleId === 'row-shape')
    expect(shifted.map((message) => message.line)).toEqual([7, 8])
  })

  it('reads a row with fewer cells than the header, the missing figures null', () => {
    const election = read(`${head}| Candidate | Votes | % | Delegates |\n| Eva Moss | 300 | 75% | 3 |\n| Sam Roy | 100 | 25% |\n`)
    expect(figures(election)).toEqual([['Eva Moss', 300, 75, 3], ['Sam Roy', 100, 25, null]])
  })

  it('reads a row with more cells than the header, the extra cells left out', () => {
    const election = read(`${head}| Candidate | Votes | % |\n| Eva Moss | 300 | 75% | note | 12 |\n| Sam Roy | 100 | 25% |\n`)
    expect(figures(election)).toEqual([['Eva Moss', 300, 75, null], ['Sam Roy', 100, 25, null]])
  })

  it('reads `—`, `-`, `--` and blank cells as null without a message', () => {
    const election = read(`${head}| Candidate | Votes | % | Delegates |\n| Eva Moss | 300 | 60% | 3 |\n| Sam Roy | 100 | 20% | — |\n| Kim Lau | 60 | 12% | - |\n| Al Fry | 40 | 8% | -- |\n| Total | 500 | 100% | |\n`)
    expect(field(election, 'delegates')).toEqual([3, null, null, null])
    expect(election.totals.delegates).toBeNull()
    expect(ruleIds(election)).not.toContain('number-not-parsed')
  })

  it('reads `(withdrawn)` and `(incumbent)` off names', () => {
    const election = read(`${head}| Candidate | Votes |\n| Eva Moss (incumbent) | 300 |\n| Sam Roy (withdrawn) | 100 |\n`)
    expect(election.candidates.map((candidate) => [candidate.name, candidate.withdrawn])).toEqual([['Eva Moss', false], ['Sam Roy', true]])
  })

  it('reads a `*` as withdrawn when a legend line glued under the table says so', () => {
    const election = read(`${head}| Candidate | Votes |\n| Eva Moss | 300 |\n| Sam Roy* | 100 |\n*Withdrew before the caucuses.\n`)
    expect(election.candidates.map((candidate) => [candidate.name, candidate.withdrawn])).toEqual([['Eva Moss', false], ['Sam Roy', true]])
  })

  it('keeps a `*` without a legend as no withdrawal, the name still clean', () => {
    const election = read(`${head}| Candidate | Votes |\n| Sam Roy* | 100 |\n`)
    expect(election.candidates.map((candidate) => [candidate.name, candidate.withdrawn])).toEqual([['Sam Roy', false]])
  })

  // `* Withdrew ...` with a space is a markdown list item: its text is read from the source.
  it('reads a `* ` legend line written as a list item', () => {
    const election = read(`${head}| Candidate | Votes |\n| Eva Moss | 300 |\n| Sam Roy* | 100 |\n* Sam Roy had withdrawn before the caucuses.\n`)
    expect(field(election, 'withdrawn')).toEqual([false, true])
  })

  it('strips footnotes glued to names and figures', () => {
    const election = read(`${head}| Candidate | Votes | % | Delegates |\n| Eva Moss[7] | 9,093[3] | 51.06%[3] | 5[4] |\n| Sam Roy | 8,716 | 48.94% | 4 |\n| Total[9] | 17,809 | 100% | 9 |\n`)
    expect(figures(election)).toEqual([['Eva Moss', 9093, 51.06, 5], ['Sam Roy', 8716, 48.94, 4]])
    expect(election.totals.votes).toBe(17809)
  })

  it('reads `51.06 %` with a space and `.01%` without a leading zero', () => {
    const election = read(`${head}| Candidate | Votes | % |\n| Eva Moss | 9,999 | 99.99 % |\n| Sam Roy | 1 | .01% |\n`)
    expect(field(election, 'percent')).toEqual([99.99, 0.01])
  })

  it('leaves a `100% of precincts reporting` row under the header out', () => {
    const election = read(`${head}| Candidate | Votes[8] | Percentage |\n| 100% of precincts reporting[8] | | |\n| Eva Moss | 300 | 75% |\n| Sam Roy | 100 | 25% |\n`)
    expect(field(election, 'name')).toEqual(['Eva Moss', 'Sam Roy'])
  })

  it('reads the figure of an `Unprojected delegates:` row as delegates, not votes', () => {
    const election = read(`${head}| Candidate | Votes | Percentage | Delegates |\n| Eva Moss | 300 | 75.0% | 20 |\n| Sam Roy | 100 | 25.0% | 0 |\n| Unprojected delegates: | 3 | | |\n| Total: | 400 | 100.0% | 23 |\n`)
    expect(election.candidates.at(-1)).toMatchObject({name: 'Unprojected delegates:', kind: 'other', votes: null, delegates: 3})
    expect(election.totals).toMatchObject({votes: 400, delegates: 23})
  })
})
