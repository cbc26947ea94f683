import {describe, expect, it} from 'vitest'
import {read} from './read-article.js'

const table = '| Candidate | Votes |\n| Lyle Orr | 2,264 |\n'

describe('date variants', () => {
  it('reads the infobox date, ISO or written out', () => {
    expect(read(`= 2008 Guam Democratic caucuses =\n\nInfobox\n- Election Date: 2008-05-03\n\n${table}`).date).toBe('2008-05-03')
    expect(read(`= 2008 Guam Democratic caucuses =\n\nInfobox\n- Election Date: May 3, 2008[1]\n\n${table}`).date).toBe('2008-05-03')
  })

  it('reads a label line glued to the table when the infobox has no date', () => {
    const election = read(`= 2008 Guam Democratic caucuses =\n\nInfobox\n- Candidate1: Lyle Orr\n\n==Results==\nPrimary date: May 3, 2008\n${table}`)
    expect(election).toMatchObject({date: '2008-05-03', year: 2008})
  })

  it('reads the prose when there is neither', () => {
    expect(read(`= 2008 Guam Democratic caucuses =\n\nThe caucuses were held on May 3, 2008 in every village.\n\n${table}`).date).toBe('2008-05-03')
  })

  it('skips prose dates of another year', () => {
    expect(read(`= 2008 Guam Democratic caucuses =\n\nThe party was founded on May 3, 1950.\n\n${table}`)).toMatchObject({date: null, year: 2008})
  })

  it('gives no date but the year for an infobox range', () => {
    const election = read(`= 1840 United States presidential election in Ohio =\n\nInfobox\n- Election Date: October 30 - December 2, 1840\n\nOhio voted on November 2, 1840.\n\n${table}`)
    expect(election).toMatchObject({date: null, year: 1840})
  })

  it('gives no date but the year for an infobox year alone', () => {
    expect(read(`= 1789 United States presidential election in Maryland =\n\nInfobox\n- Election Date: 1789\n\n${table}`)).toMatchObject({date: null, year: 1789})
  })

  it('reads ordinal days in the prose', () => {
    expect(read(`= 2016 Guam Republican caucuses =\n\nThe caucus was held on March 12th, 2016.\n\n${table}`).date).toBe('2016-03-12')
  })

  it('skips a range in the prose', () => {
    expect(read(`= 2008 Guam Democratic caucuses =\n\nVoting ran from May 1, 2008 to May 3, 2008.\n\n${table}`).date).toBeNull()
  })
})

describe('dates without a year, and captions that date the figures', () => {
  it('completes a month and day in a sentence about the contest with the title year', () => {
    const election = read(`= 2008 Maine Republican caucuses =

Maine Republicans held their caucuses on February 1, a week before the Democrats.

| Candidate | Votes |
| Ann Lee | 5 |
`)
    expect([election.date, election.year]).toEqual(['2008-02-01', 2008])
  })

  it('leaves the date null when the prose gives no day at all', () => {
    expect(read('= 2008 Maine Republican caucuses =\n\nMaine Republicans caucused in early February.\n\n| Candidate | Votes |\n| Ann Lee | 5 |\n').date).toBeNull()
  })

  it('takes the infobox date over a caption that only says when the figures were updated', () => {
    const election = read(`= 2016 Utah Republican caucuses =

Infobox
- Election Date: March 22, 2016

==Results==
| Results as of March 30, 2016 | | |
| Candidate | Votes | % |
| Ann Lee | 5 | 100% |
`)
    expect(election.date).toBe('2016-03-22')
  })
})
