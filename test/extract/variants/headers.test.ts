import {describe, expect, it} from 'vitest'
import {field, figures, read} from './read-article.js'

describe('header variants', () => {
  it('reads `Percent` and `Popular vote` as share and votes', () => {
    const election = read('= 2004 Ohio Democratic primary =\n\n==Results==\n| Candidate | Popular vote | Percent |\n| Anna Reyes | 3,120 | 60.0% |\n| Tom Black | 2,080 | 40.0% |\n| Total | 5,200 | 100% |\n')
    expect(figures(election)).toEqual([['Anna Reyes', 3120, 60, null], ['Tom Black', 2080, 40, null]])
  })

  it('reads `No. State Delegates` and `State delegates` as the count column', () => {
    for (const header of ['No. State Delegates', 'State delegates']) {
      const election = read(`= 2004 Utah Democratic caucuses =\n\n| Candidate | ${header} | % |\n| Anna Reyes | 412 | 58.9% |\n| Tom Black | 288 | 41.1% |\n`)
      expect(field(election, 'votes'), header).toEqual([412, 288])
    }
  })

  it('reads the delegates column in its spellings', () => {
    for (const header of ['Delegates', 'National delegates[2]', 'Pledged delegates', 'Estimated national delegates', 'Delegates votes']) {
      const election = read(`= 2008 Idaho Democratic caucuses =\n\n| Candidate | Votes | % | ${header} |\n| Anna Reyes | 1,500 | 75.0% | 9 |\n| Tom Black | 500 | 25.0% | 3 |\n`)
      expect(field(election, 'delegates'), header).toEqual([9, 3])
    }
  })

  it('reads `Candidate | Party | Votes | %` order and takes the table`s short party', () => {
    const election = read('= 1996 United States presidential election in Iowa =\n\n== Results ==\n| Candidate | Party | Votes | % |\n| Grace Hill | Democratic | 620,258 | 55.0% |\n| Paul Moss | Republican | 507,484 | 45.0% |\n| Total | | 1,127,742 | 100% |\n')
    expect(field(election, 'party')).toEqual(['Democratic', 'Republican'])
    expect(election.totals.votes).toBe(1127742)
  })

  it('reduces the infobox party where the table has no Party column', () => {
    const election = read('= 1996 United States presidential election in Iowa =\n\nInfobox\n- Nominee1: Grace Hill\n- Party1: Republican Party (United States)\n\n== Results ==\n| Candidate | Votes | % |\n| Grace Hill | 620 | 100% |\n')
    expect(field(election, 'party')).toEqual(['Republican'])
  })

  it('reads Running mate and Electoral votes columns, `N/A` and dashes as null', () => {
    const election = read(`= 1912 United States presidential election in Utah =

== Results ==
| Party | Candidate | Running mate | Votes | % | Electoral votes |
| Republican | Ward Pratt (incumbent) | Lee Cole | 42,100 | 60.0% | 4 |
| Progressive | Ada Stone | Nils Berg | 28,067 | 40.0% | 0 |
| N/A | Others | — | 0 | 0.0% | — |
`)
    expect(election.candidates.map((candidate) => [candidate.name, candidate.party, candidate.runningMate, candidate.electoralVotes])).toEqual([
      ['Ward Pratt', 'Republican', 'Lee Cole', 4],
      ['Ada Stone', 'Progressive', 'Nils Berg', 0],
      ['Others', null, null, null]
    ])
  })

  it('reads several delegate columns: pledged, unpledged and total', () => {
    const election = read(`= 2020 Hawaii Democratic primary =

==Results==
| Candidate | Votes | % | Delegates | | |
| Pledged | Unpledged | Total | | | |
| Rosa Lind | 21,000 | 70.0% | 16 | 2 | 18 |
| Omar Vance | 9,000 | 30.0% | 8 | 1 | 9 |
| Total | 30,000 | 100% | 24 | 3 | 27 |
`)
    expect(figures(election)).toEqual([['Rosa Lind', 21000, 70, 18], ['Omar Vance', 9000, 30, 9]])
    expect(field(election, 'delegateBreakdown')[0]).toEqual({pledged: 16, unpledged: 2, bound: null, unbound: null})
    expect(election.totals.delegates).toBe(27)
  })

  it('reads two header rows under a title row: `Popular vote` and `Electoral vote` over `Count | %`', () => {
    const election = read(`= 1900 United States presidential election in Ohio =

== Results ==
| 1900 United States presidential election in Ohio[1] | | | | | | |
| Party | Candidate | Running mate | Popular vote | Electoral vote | | |
| Count | % | Count | % | | | |
| Republican | Amos Reed of Ohio | Carl Fenn of New York | 5,400 | 54.00% | 23 | 100.00% |
| Democratic | Bert Lowe of Nebraska | Dan Price of Illinois | 4,600 | 46.00% | 0 | 0.00% |
| Total | 10,000 | 100.00% | 23 | 100.00% | | |
`)
    expect(figures(election)).toEqual([['Amos Reed of Ohio', 5400, 54, null], ['Bert Lowe of Nebraska', 4600, 46, null]])
    expect(field(election, 'electoralVotes')).toEqual([23, 0])
    expect(election.totals).toMatchObject({votes: 10000, electoralVotes: 23})
    expect(election.tables[0]?.header).toHaveLength(2)
  })

  it('reads two header rows when the first is not padded to the table width', () => {
    const election = read(`= 1900 United States presidential election in Ohio =

== Results ==
| Party | Candidate | Popular vote | Electoral vote |
| Count | % | Count | % |
| Republican | Amos Reed | 5,400 | 54.00% | 23 | 100.00% |
| Democratic | Bert Lowe | 4,600 | 46.00% | 0 | 0.00% |
`)
    expect(figures(election)).toEqual([['Amos Reed', 5400, 54, null], ['Bert Lowe', 4600, 46, null]])
  })

  // `Count | %` belong under `Popular vote`, not under the last name `Delegates`: the data decide.
  it('reads `Popular vote` over `Count | %` followed by a one-row `Delegates` header', () => {
    const election = read(`= 2020 Hawaii Democratic primary =

==Results==
| Candidate | Popular vote | Delegates | |
| Count | % | | |
| Rosa Lind | 21,000 | 70.0% | 16 |
| Omar Vance | 9,000 | 30.0% | 8 |
`)
    expect(figures(election)).toEqual([['Rosa Lind', 21000, 70, 16], ['Omar Vance', 9000, 30, 8]])
  })

  it('reads a title row padded with empty cells as the caption, not a header', () => {
    const election = read('= 2008 Guam Democratic caucuses =\n\n| Guam Democratic caucuses, May 3, 2008 | | |\n| Candidate | Votes | % |\n| Lea Cruz | 2,264 | 50.1% |\n| Ben Ada | 2,257 | 49.9% |\n')
    expect(figures(election)).toEqual([['Lea Cruz', 2264, 50.1, null], ['Ben Ada', 2257, 49.9, null]])
    expect(election.tables[0]).toMatchObject({caption: 'Guam Democratic caucuses, May 3, 2008', captionKind: 'row'})
    expect(election.date).toBe('2008-05-03')
  })

  it('reads caption lines in the styled and the plain form', () => {
    const body = '| Candidate | Votes |\n| Lea Cruz | 2,264 |\n'
    for (const line of ['  - style="background-color:#f2f2f2;" |Guam caucuses[1]**', '  - Guam caucuses[1]**']) {
      const election = read(`= 2008 Guam Democratic caucuses =\n\n==Results==\n${line}\n${body}`)
      expect(election.tables[0], line).toMatchObject({caption: 'Guam caucuses[1]', captionKind: 'line'})
      expect(figures(election)).toEqual([['Lea Cruz', 2264, null, null]])
    }
  })

  it('reads footnotes glued to headers', () => {
    const election = read('= 2008 Texas Democratic primary =\n\n| Candidate[a] | Votes[5] | %[5] | Delegates[6] |\n| Ruth Gale | 1,462,734 | 51.77% | 65 |\n')
    expect(figures(election)).toEqual([['Ruth Gale', 1462734, 51.77, 65]])
  })

  it('ignores an empty trailing column', () => {
    const election = read('= 1952 United States presidential election in Delaware =\n\n| Party | Candidate | Votes | % | |\n| Republican | Ida Moor | 9,059 | 51.75% | |\n| Democratic | Jon Quill | 8,447 | 48.25% | |\n')
    expect(figures(election)).toEqual([['Ida Moor', 9059, 51.75, null], ['Jon Quill', 8447, 48.25, null]])
  })

  it('reads a first header row repeated under itself once', () => {
    const election = read('= 2008 Kansas Democratic caucuses =\n\n| Candidate | Votes | % |\n| Candidate | Votes | % |\n| Nora West | 27,000 | 75.0% |\n| Ian Frost | 9,000 | 25.0% |\n')
    expect(figures(election)).toEqual([['Nora West', 27000, 75, null], ['Ian Frost', 9000, 25, null]])
  })

  it('reads a table whose `Party` header spans a colour column', () => {
    const election = read('= 2004 Maine Democratic caucuses =\n\n| Party | Candidate | Votes | Percentage | Delegates | |\n| | Democratic | Kay Dunn | 8,296 | 61.5% | 11 |\n| | Democratic | Uncommitted | 5,200 | 38.5% | 7 |\n| Totals | 13,496 | 100.00% | 18 | | |\n')
    expect(figures(election)).toEqual([['Kay Dunn', 8296, 61.5, 11], ['Uncommitted', 5200, 38.5, 7]])
    expect(election.totals).toMatchObject({votes: 13496, delegates: 18})
  })
})

describe('caucus tables that count delegates instead of ballots', () => {
  it('reads county delegates followed by a share as the votes, beside the national delegates', () => {
    const election = read(`= 2016 Nevada Democratic presidential caucuses =

==Results==
| Candidate | County delegates | % | Estimated national delegates |
| Ann Reyes | 6,316 | 52.64% | 20 |
| Bo Chan | 5,678 | 47.29% | 15 |
| Uncommitted | 8 | 0.07% | 0 |
| Total | 12,002 | 100% | 35 |
`)
    expect(figures(election)).toEqual([
      ['Ann Reyes', 6316, 52.64, 20],
      ['Bo Chan', 5678, 47.29, 15],
      ['Uncommitted', 8, 0.07, 0]
    ])
    expect([election.totals.votes, election.totals.delegates]).toEqual([12002, 35])
  })
})

describe('delegate counts by source under a delegates group', () => {
  it('reads the first source as the delegates', () => {
    const election = read(`= 2012 Ohio Republican presidential primary =

==Results==
| Candidate | Votes | Percentage | Projected delegate count | |
| AP | CNN | | | |
| Mitt Romney | 460,831 | 37.9% | 35 | 38 |
| Rick Santorum | 448,149 | 36.9% | 21 | 25 |
| Totals | 1,214,668 | 100.0% | 63 | 63 |
`)
    expect(figures(election)).toEqual([
      ['Mitt Romney', 460831, 37.9, 35],
      ['Rick Santorum', 448149, 36.9, 21]
    ])
    expect(election.totals.delegates).toBe(63)
  })
})
