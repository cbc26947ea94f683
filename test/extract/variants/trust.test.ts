import {describe, expect, it} from 'vitest'
import type {Election, Severity} from '../../../src/model/election.js'
import {field, figures, read} from './read-article.js'

/** `[ruleId, severity, line]` of each message, in order. */
function placed(election: Election, severity?: Severity): [string, Severity, number | null][] {
  return election.messages
    .filter((message) => severity === undefined || message.severity === severity)
    .map((message) => [message.ruleId, message.severity, message.line])
}

describe('legends', () => {
  it('reads a list legend line without the mark as the meaning of the only mark the names carry', () => {
    const election = read(`= 2008 Alaska Republican presidential caucuses =

==Results==
| Candidate | Votes | Percentage | Delegates |
| Mitt Romney | 5,348 | 44.05% | 12 |
| Mike Huckabee | 1,837 | 15.13% | 6 |
| Fred Thompson* | 16 | 0.13% | 0 |
| Total | 12,141 | 100% | 18 |
- Withdrew before the vote.
`)
    expect(field(election, 'withdrawn')).toEqual([false, false, true])
  })

  it('reads a key row glued above the title row and still reads the table below it', () => {
    const election = read(`= 2012 Maine Republican presidential caucuses =

Infobox
- Candidate1: Mitt Romney
- Popular Vote1: 2,190
- Candidate2: Ron Paul
- Popular Vote2: 1,996

==Results==
| Key: | † Dropped out |
| 2012 Maine Republican presidential caucuses | | | |
| Candidate | Votes | Percentage | Delegates |
| Mitt Romney | 2,190 | 38.3% | 0 |
| Ron Paul | 1,996 | 34.9% | 0 |
| Rick Santorum† | 989 | 17.3% | 0 |
| Total | 5,175 | 90.5% | 0 |
`)
    expect(figures(election)).toEqual([['Mitt Romney', 2190, 38.3, 0], ['Ron Paul', 1996, 34.9, 0], ['Rick Santorum', 989, 17.3, 0]])
    expect(field(election, 'withdrawn')).toEqual([false, false, true])
    expect(election.mainTable).toBe(0)
  })

  it('warns when a key row names no mark the rows carry (its colours are lost)', () => {
    const election = read(`= 2012 Maine Republican presidential caucuses =

==Results==
| Key: | Dropped out |
| Candidate | Votes | Percentage |
| Mitt Romney | 2,190 | 52.5% |
| Rick Santorum | 1,980 | 47.5% |
| Total | 4,170 | 100% |
`)
    expect(field(election, 'name')).toEqual(['Mitt Romney', 'Rick Santorum'])
    expect(placed(election, 'warning')).toEqual([['legend-unreadable', 'warning', 4]])
  })

  it('warns on a key table standing apart from the results table, naming the candidates it may concern', () => {
    const election = read(`= Missouri Democratic primary, 2008 =

==Results==
| Key: | Withdrew prior to contest |

| Missouri Democratic presidential primary, 2008 | | | |
| Candidate | Votes | Percentage | National delegates |
| Barack Obama | 406,917 | 49.20% | 36 |
| Hillary Clinton | 395,185 | 47.90% | 36 |
| John Edwards | 16,736 | 2.02% | 0 |
| Uncommitted | 3,177 | 0.38% | 0 |
| Total | 822,015 | 100% | 72 |
`)
    expect(field(election, 'name')).toEqual(['Barack Obama', 'Hillary Clinton', 'John Edwards', 'Uncommitted'])
    expect(field(election, 'withdrawn')).toEqual([false, false, false, false])
    expect(election.mainTable).toBe(1)
    expect(placed(election).filter(([ruleId]) => ruleId.startsWith('legend'))).toEqual([['legend-unreadable', 'warning', 4]])
    const reason = election.messages.find((message) => message.ruleId === 'legend-unreadable')?.reason ?? ''
    expect(reason).toContain('withdrawals may be missing among `Barack Obama`, `Hillary Clinton`, `John Edwards`')
    expect(reason).not.toContain('Uncommitted')
  })

  it('reads no key from a table apart in another section, nor from one that is not all key rows', () => {
    const election = read(`= Missouri Democratic primary, 2008 =

==Background==
| Key: | Withdrew prior to contest |

| Key: | Withdrew |
| Poll | Date |

==Results==
| Candidate | Votes | Percentage |
| Barack Obama | 406,917 | 49.20% |
| Hillary Clinton | 395,185 | 47.90% |
| Total | 802,102 | 97.1% |
`)
    expect(placed(election).filter(([ruleId]) => ruleId.startsWith('legend'))).toEqual([])
  })

  it('reads a marked key table apart as the meaning of the mark the names carry', () => {
    const election = read(`= 2008 Indiana Republican primary =

==Results==
| Key: | * Withdrew prior to contest |

| Candidate | Votes | Percentage |
| John McCain | 320,290 | 77.60% |
| Mitt Romney* | 19,581 | 4.74% |
| Total | 339,871 | 82.34% |
`)
    expect(field(election, 'withdrawn')).toEqual([false, true])
    expect(placed(election).filter(([ruleId]) => ruleId.startsWith('legend'))).toEqual([])
  })

  it('reads an incumbent legend as no withdrawal', () => {
    const election = read(`= 1996 Georgia Democratic presidential primary =

==Results==
| Candidate | Votes | % |
| Bill Clinton^ | 94,966 | 100% |
| Total | 94,966 | 100% |
^ Incumbent president.
`)
    expect(field(election, 'name')).toEqual(['Bill Clinton'])
    expect(field(election, 'withdrawn')).toEqual([false])
  })

  it('warns on a row whose mark no legend explains', () => {
    const election = read(`= 2008 Iowa Republican caucuses =

==Results==
| Candidate | Votes | % |
| Mike Huckabee | 40,954 | 97% |
| John Cox* | 10 | 3% |
`)
    expect(placed(election, 'warning')).toContainEqual(['legend-missing', 'warning', 6])
  })
})

describe('figures out of their columns', () => {
  it('puts a shifted Uncommitted row back under Pledged, Unpledged and Total by the Total row', () => {
    const election = read(`= 2016 North Dakota Democratic caucuses =

==Results==
| Candidate | Popular vote | Estimated delegates | | | |
| Count | Percentage | Pledged | Unpledged | Total | |
| Bernie Sanders | 253 | 71.47% | 13 | 1 | 14 |
| Hillary Clinton | 101 | 28.53% | 5 | 1 | 6 |
| Uncommitted | N/A | 0 | 2 | 2 | |
| Total | 354 | 100% | 18 | 4 | 22 |
`)
    const uncommitted = election.candidates[2]
    expect(uncommitted).toMatchObject({name: 'Uncommitted', votes: null, percent: null, delegates: 2})
    expect(uncommitted?.delegateBreakdown).toMatchObject({pledged: 0, unpledged: 2})
    expect(placed(election, 'warning')).toEqual([])
    expect(placed(election, 'info')).toContainEqual(['row-shape', 'info', 8])
  })

  it('puts a shifted Total row back under popular and electoral votes', () => {
    const election = read(`= 1844 United States presidential election in Delaware =

== Results ==
| Party | Candidate | Running mate | Popular vote | | Electoral vote | |
| Count | % | Count | % | | | |
| Whig | Henry Clay | Theodore Frelinghuysen | 6,278 | 51.26% | 3 | 100.00% |
| Democratic | James K. Polk | George M. Dallas | 5,969 | 48.74% | 0 | 0.00% |
| Total | 12,247 | 100.00% | 3 | 100.00% | | |
`)
    expect(election.totals).toMatchObject({votes: 12247, percent: 100, electoralVotes: 3})
    expect(placed(election, 'warning')).toEqual([])
  })

  /** A caucus table whose padded Uncommitted row is placed by the Total row `total`. */
  const guam = (total: string) => read(`= 2008 Guam Democratic caucuses =

==Results==
| Candidate | Votes | Delegates | Superdelegates |
| Barack Obama | 2,264 | 2 | 3 |
| Hillary Clinton | 2,257 | 2 | 1 |
| Uncommitted | 2 | | |
${total}
`)

  it('moves a padded row under the column its Total row proves, with an info message', () => {
    const election = guam('| Total | 4,521 | 6 | 4 |')
    expect(figures(election)[2]).toEqual(['Uncommitted', null, null, 2])
    expect(placed(election, 'warning')).toEqual([])
    expect(placed(election, 'info')).toContainEqual(['row-shape', 'info', 7])
  })

  it('keeps figures null, with a warning on the row, where the Total row fits two placements', () => {
    const election = guam('| Total | 4,521 | 6 | 6 |')
    expect(figures(election)[2]).toEqual(['Uncommitted', null, null, null])
    expect(placed(election, 'warning').map(([id, , line]) => [id, line])).toContainEqual(['row-unplaced', 7])
  })
})

describe('blank figures', () => {
  it('warns on a blank cell where every other row and the Total row have a figure', () => {
    const election = read(`= 2004 North Carolina Democratic presidential caucuses =

==Results==
| Candidate | Votes | % | Delegates |
| John Edwards | 9,093 | 51.06 | 57 |
| John Kerry | 4,844 | 27.20 | 29 |
| Al Sharpton | 582 | 3.27 | |
| Total | 14,519 | 100% | 86 |
`)
    expect(placed(election, 'warning')).toContainEqual(['figure-missing', 'warning', 7])
  })

  it('reads a dash as none on purpose, without a warning', () => {
    const election = read(`= 2004 North Carolina Democratic presidential caucuses =

==Results==
| Candidate | Votes | Delegates |
| John Edwards | 9,093 | 57 |
| John Kerry | 4,844 | 29 |
| Al Sharpton | 582 | — |
| Total | 14,519 | 86 |
`)
    expect(placed(election, 'warning')).toEqual([])
  })
})

describe('fractional and text figures', () => {
  it('reads fractional delegate counts as numbers', () => {
    const election = read(`= 2008 Democrats Abroad primary =

==Results==
| Candidate | Votes | % | Delegates |
| Barack Obama | 15,651 | 66.26% | 2.5 |
| Hillary Clinton | 7,968 | 33.74% | 2 |
| Total | 23,619 | 100% | 4.5 |
`)
    expect(field(election, 'delegates')).toEqual([2.5, 2])
    expect(election.totals.delegates).toBe(4.5)
    expect(placed(election, 'warning')).toEqual([])
  })

  it('reads `Unopposed` as no votes, with an info message, and keeps the one-candidate table', () => {
    const election = read(`= 1996 Georgia Democratic presidential primary =

==Results==
| Candidate | Votes | % | Delegates |
| Bill Clinton | Unopposed | — | 77 |
`)
    expect(election.mainTable).toBe(0)
    expect(figures(election)).toEqual([['Bill Clinton', null, null, 77]])
    expect(placed(election, 'info').map(([id]) => id)).toContain('figure-is-text')
  })

  it('keeps a table whose only figures are words as the results table', () => {
    const election = read(`= 1956 Georgia Democratic presidential primary =

==Results==
| Candidate | Votes |
| Adlai Stevenson | Uncontested |
`)
    expect(election.mainTable).toBe(0)
    expect(figures(election)).toEqual([['Adlai Stevenson', null, null, null]])
  })
})

describe('table before infobox', () => {
  it('takes the exact table percentage over the rounded infobox one', () => {
    const election = read(`= 2008 Utah Democratic primary =

Infobox
- Candidate1: Barack Obama
- Percentage1: 56.6%
- Delegate Count1: 14

==Results==
| Candidate | Votes | % |
| Barack Obama | 74,538 | 56.63% |
| Hillary Clinton | 51,333 | 39.00% |
| Total | 131,620 | 100% |
`)
    expect(figures(election)[0]).toEqual(['Barack Obama', 74538, 56.63, 14])
    expect(placed(election).map(([id]) => id)).not.toContain('infobox-table-mismatch')
  })

  it('warns when the infobox share is more than a rounding of the table one', () => {
    const election = read(`= 2008 Utah Democratic primary =

Infobox
- Candidate1: Barack Obama
- Percentage1: 57.6%

==Results==
| Candidate | Votes | % |
| Barack Obama | 74,538 | 56.63% |
| Hillary Clinton | 51,333 | 39.00% |
`)
    expect(placed(election, 'warning')).toEqual([['infobox-table-mismatch', 'warning', 5]])
  })
})

describe('falling back is news', () => {
  it('warns at the infobox when candidates come from it because no table could be read', () => {
    const election = read(`= 2012 Wyoming Republican caucuses =

Infobox
- Candidate1: Mitt Romney
- Popular Vote1: 822
- Candidate2: Rick Santorum
- Popular Vote2: 673

==Results==
Romney won the straw poll.
`)
    expect(field(election, 'name')).toEqual(['Mitt Romney', 'Rick Santorum'])
    expect(placed(election, 'warning').map(([id, , line]) => [id, line])).toContainEqual(['infobox-fallback', 3])
  })

  it('names each infobox candidate of the fallback once, however often the name repeats', () => {
    const entries = Array.from({length: 50}, (_, at) => `- Candidate${at + 1}: ${at % 2 === 0 ? 'Mitt Romney' : 'Rick Santorum'}\n`).join('')
    const election = read(`= 2012 Wyoming Republican caucuses =\n\nInfobox\n${entries}`)
    const fallback = election.messages.find((message) => message.ruleId === 'infobox-fallback')
    expect(fallback?.reason).toContain('the candidates `Mitt Romney`, `Rick Santorum` come from the infobox')
  })

  it('warns at an infobox candidate that has no row in the table', () => {
    const election = read(`= 2008 Utah Democratic primary =

Infobox
- Candidate1: Barack Obama
- Candidate2: John Edwards
- Popular Vote2: 3,250

==Results==
| Candidate | Votes | % |
| Barack Obama | 74,538 | 56.63% |
| Hillary Clinton | 51,333 | 39.00% |
`)
    expect(field(election, 'name')).toEqual(['Barack Obama', 'Hillary Clinton', 'John Edwards'])
    expect(placed(election, 'warning')).toEqual([['infobox-only-candidate', 'warning', 5]])
  })

  it('says which contest a two-contest page holds in candidates, and keeps both tables', () => {
    const election = read(`= 2016 Virgin Islands caucuses =

==Republican caucus==
| Candidate | Votes | % | Delegates |
| Ted Cruz | 126 | 31.0% | 0 |
| Ben Carson | 71 | 17.5% | 0 |
| Total | 406 | 100% | 9 |

==Democratic caucus==
| Candidate | Votes | % | Delegates |
| Hillary Clinton | 1,772 | 87.1% | 7 |
| Bernie Sanders | 263 | 12.9% | 0 |
| Total | 2,035 | 100% | 7 |
`)
    expect(election.tables).toHaveLength(2)
    expect(election.mainTable).toBe(0)
    const two = election.messages.filter((message) => message.ruleId === 'several-contests')
    expect(two.map((message) => [message.severity, message.line])).toEqual([['warning', 4]])
    expect(two[0]?.reason).toContain('Democratic caucus')
  })
})
