import {describe, expect, it} from 'vitest'
import {field, read} from './read-article.js'

describe('choosing the main table', () => {
  it('skips an opinion polling table before the results', () => {
    const election = read(`= 2012 Ohio Republican primary =

==Opinion polling==
| Poll source | Date(s) administered | Ned Hart | Lou Kemp |
| Quinnipiac | March 1, 2012 | 35% | 31% |
| PPP | February 28, 2012 | 36% | 37% |

==Results==
| Candidate | Votes | Percentage | Delegates |
| Ned Hart | 460,831 | 50.7% | 38 |
| Lou Kemp | 448,580 | 49.3% | 21 |
| Total | 909,411 | 100% | 59 |
`)
    expect(election.mainTable).toBe(1)
    expect(field(election, 'name')).toEqual(['Ned Hart', 'Lou Kemp'])
    expect(election.date).toBeNull()
  })

  it('skips a county table before the statewide results, parishes too', () => {
    for (const place of ['County', 'Parish']) {
      const election = read(`= 2008 Louisiana Democratic primary =

==Results by ${place.toLowerCase()}==
| ${place} | Rhea Banks | Cole Hart |
| Acadia | 2,000 | 1,500 |
| Allen | 900 | 800 |

==Results==
| Candidate | Votes | % |
| Rhea Banks | 220,632 | 61.7% |
| Cole Hart | 136,925 | 38.3% |
`)
      expect(election.mainTable, place).toBe(1)
      expect(field(election, 'votes'), place).toEqual([220632, 136925])
    }
  })

  it('takes the first of one table per party, and that party`s date from the infobox list', () => {
    const election = read(`= 2016 Kentucky Republican caucuses and Democratic primary =

Infobox
- Election Date: March 5, 2016 (Republican), May 17, 2016 (Democratic)

==Republican caucuses==
| Candidate | Votes | % | Delegates |
| Jay Hale | 82,493 | 53.2% | 17 |
| Tim Cope | 72,503 | 46.8% | 15 |

==Democratic primary==
| Candidate | Votes | % | Delegates |
| Una Beck | 212,534 | 50.2% | 28 |
| Leo Marsh | 210,626 | 49.8% | 27 |
`)
    expect(election.mainTable).toBe(0)
    expect(field(election, 'name')).toEqual(['Jay Hale', 'Tim Cope'])
    expect(election.date).toBe('2016-03-05')
  })

  it('takes the main table`s party from its section to pick its date when the title names none', () => {
    const election = read(`= 2016 Kentucky presidential caucuses and primaries =

Infobox
- Election Date: March 5, 2016 (Republican), May 17, 2016 (Democratic)

==Republican caucuses==
| Candidate | Votes | % |
| Jay Hale | 82,493 | 53.2% |
| Tim Cope | 72,503 | 46.8% |
`)
    expect(election.date).toBe('2016-03-05')
  })

  it('reads the date from the main table`s caption, not another table`s', () => {
    const election = read(`= 2016 Kansas Republican caucuses =

==Results==
  - Kansas Republican caucuses, March 5, 2016**
| Candidate | Votes | % |
| Rex Dale | 35,207 | 67.4% |
| Moe Finch | 17,062 | 32.6% |

==Comparison with 2012==
  - Kansas Republican caucuses, March 10, 2012**
| Candidate | Votes | % |
| Al Stone | 15,980 | 100% |
`)
    expect(election.mainTable).toBe(0)
    expect(election.date).toBe('2016-03-05')
  })

  it('keeps every table raw, the main one and the others', () => {
    const election = read('= 2008 Utah primary =\n\n| County | A | B |\n| Kent | 1 | 2 |\n\n| Candidate | Votes |\n| Ivy Lane | 3 |\n')
    expect(election.tables.map((table) => table.rows)).toEqual([[['Kent', '1', '2']], [['Ivy Lane', '3']]])
  })
})
