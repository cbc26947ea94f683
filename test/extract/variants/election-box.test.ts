/**
 * General-election results in the election-box layout: a colour swatch under `Party`, a
 * swing column, write-ins named in the party column, turnout and hold rows.
 */
import {describe, expect, it} from 'vitest'
import {field, figures, read, ruleIds} from './read-article.js'

const article = `= 2004 United States presidential election in Delaware =

==Results==
| Party | Candidate | Votes | % | ±% |
| | Democratic | John Kerry | 200,152 | 53.35% | −1.60% |
| | Republican | George W. Bush (incumbent) | 171,660 | 45.75% | +3.85% |
| | Independent | Ralph Nader | 2,153 | 0.57% | |
| | Write-ins | | 12 | 0.00% | |
| Totals | 373,977 | 100.00% | | | |
| Voter turnout | | | | | |
| Democratic hold | | | | | |
`

describe('election-box tables', () => {
  it('reads names, votes and shares past the swatch and swing columns', () => {
    expect(figures(read(article))).toEqual([
      ['John Kerry', 200152, 53.35, null],
      ['George W. Bush', 171660, 45.75, null],
      ['Ralph Nader', 2153, 0.57, null],
      ['Write-ins', 12, 0, null]
    ])
  })

  it('gives the parties the table shows, and none to a write-in row named in the party column', () => {
    const election = read(article)
    expect(field(election, 'party')).toEqual(['Democratic', 'Republican', 'Independent', null])
    expect(field(election, 'kind')).toEqual(['candidate', 'candidate', 'candidate', 'write-in'])
  })

  it('reads the Totals row and reports the turnout and hold rows as no results', () => {
    const election = read(article)
    expect(election.totals.votes).toBe(373977)
    expect(ruleIds(election).filter((id) => id === 'row-not-result')).toHaveLength(2)
    expect(ruleIds(election)).not.toContain('votes-total-mismatch')
  })
})
