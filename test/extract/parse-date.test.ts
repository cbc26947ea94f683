import {describe, expect, it} from 'vitest'
import {findDates, readDateValue} from '../../src/extract/parse-date.js'

const isos = (text: string) => findDates(text).map((found) => found.iso)

describe('findDates', () => {
  it('finds ISO, US and day-first dates in text order', () => {
    expect(isos('On 17 April 2004, after 2004-03-02 and before May 3, 2008')).toEqual(['2004-04-17', '2004-03-02', '2008-05-03'])
  })

  it('reads abbreviated months, with or without a period and comma', () => {
    expect(isos('Nov. 4, 1952')).toEqual(['1952-11-04'])
    expect(isos('Sept 9 1952')).toEqual(['1952-09-09'])
  })

  it('gives the year and where the match is', () => {
    expect(findDates('held on March 8, 2008.')).toEqual([{iso: '2008-03-08', year: 2008, index: 8, end: 21}])
  })

  it('skips impossible days and unknown month words', () => {
    expect(isos('February 30, 2004 and Smarch 3, 2004')).toEqual([])
  })

  it('skips a day and month without a year', () => {
    expect(isos('held on April 17')).toEqual([])
  })
})

describe('readDateValue', () => {
  it('reads one date', () => {
    expect(readDateValue('2004-04-17')).toEqual({kind: 'date', iso: '2004-04-17', year: 2004})
    expect(readDateValue('November 15, 1836[1]')).toEqual({kind: 'date', iso: '1836-11-15', year: 1836})
  })

  it('reads a range of days as a range with its year', () => {
    expect(readDateValue('November 1 - December 4, 1840')).toEqual({kind: 'range', year: 1840})
    expect(readDateValue('March 30 to April 1, 2012')).toEqual({kind: 'range', year: 2012})
    expect(readDateValue('between November 3 and December 7, 1836')).toEqual({kind: 'range', year: 1836})
  })

  it('reads a list of two dates as a range with the first year', () => {
    expect(readDateValue('March 6, 2016 (Republican), June 6, 2016 (Democratic)')).toEqual({kind: 'range', year: 2016})
  })

  it('reads the same date written twice as that date', () => {
    expect(readDateValue('2008-03-08 (March 8, 2008)')).toEqual({kind: 'date', iso: '2008-03-08', year: 2008})
  })

  it('reads a year alone', () => {
    expect(readDateValue('1789')).toEqual({kind: 'year', year: 1789})
  })

  it('reads nothing from words', () => {
    expect(readDateValue('to be announced')).toEqual({kind: 'none'})
  })
})
