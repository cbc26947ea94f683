import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractDate, type DateSources} from '../../src/extract/extract-date.js'
import type {InfoboxEntryNode} from '../../src/parse/mdast-wiki.js'

const none: DateSources = {caption: null, infoboxDate: undefined, party: null, titleYear: 2008, section: null, texts: []}

const infobox = (value: string): InfoboxEntryNode => ({type: 'infoboxEntry', key: 'Election Date', value})
const text = (value: string, section: string | null = null) => ({text: value, section, position: undefined})

const dateOf = (sources: Partial<DateSources>) => extractDate({...none, ...sources}, new VFile())

describe('extractDate', () => {
  it('takes a date in the main table`s caption first', () => {
    expect(dateOf({caption: 'Kansas caucuses, March 8, 2008[2]', infoboxDate: infobox('March 1, 2008')})).toEqual({date: '2008-03-08', year: 2008})
  })

  it('takes the infobox date next', () => {
    expect(dateOf({infoboxDate: infobox('2008-01-03'), texts: [text('Held on January 4, 2008.')]})).toEqual({date: '2008-01-03', year: 2008})
  })

  it('gives no date but the year for an infobox range or year alone', () => {
    expect(dateOf({infoboxDate: infobox('November 1 - December 4, 1840'), texts: [text('Voters met on November 2, 1840.')]})).toEqual({date: null, year: 1840})
    expect(dateOf({infoboxDate: infobox('1789')})).toEqual({date: null, year: 1789})
  })

  it('picks the contest party`s date from an infobox list of dates', () => {
    expect(dateOf({infoboxDate: infobox('March 6, 2016 (Republican), June 6, 2016 (Democratic)'), party: 'Democratic'})).toEqual({date: '2016-06-06', year: 2016})
  })

  it('reports an infobox date it cannot read, then looks further', () => {
    const file = new VFile()
    const found = extractDate({...none, infoboxDate: infobox('TBD'), texts: [text('Primary date: May 3, 2008')]}, file)
    expect(found).toEqual({date: '2008-05-03', year: 2008})
    expect(file.messages.map((message) => message.ruleId)).toEqual(['date-not-parsed'])
  })

  it('reads a label line, the main table`s section first', () => {
    const texts = [text('Convention date: May 24, 2008', 'State Convention'), text('Caucus date: March 8, 2008', 'County caucuses')]
    expect(dateOf({texts, section: 'County caucuses'})).toEqual({date: '2008-03-08', year: 2008})
  })

  it('falls back to the first prose date of the title`s year that is no end of a range', () => {
    const texts = [text('Polls ran from January 2, 2008 to January 30, 2008.'), text('In 2004, on March 2, 2004, it was different.'), text('The caucuses were held on February 5, 2008.')]
    expect(dateOf({texts})).toEqual({date: '2008-02-05', year: 2008})
  })

  it('reads a date followed by `to` and a verb as one day, not the start of a range', () => {
    const texts = [text('The primary took place on March 14, 2000 to select the state`s 45 pledged delegates.')]
    expect(dateOf({texts, titleYear: 2000})).toEqual({date: '2000-03-14', year: 2000})
    expect(dateOf({texts: [text('Polls ran from May 1, 2008 through 9 May.')]})).toEqual({date: null, year: null})
  })

  it('warns when the lead gives another day than the infobox, `to` and a verb after it', () => {
    const file = new VFile()
    const texts = [text('The primary took place on March 14, 2000 to select the state`s delegates.')]
    expect(extractDate({...none, titleYear: 2000, infoboxDate: infobox('February 1, 2000'), texts}, file)).toEqual({date: '2000-02-01', year: 2000})
    expect(file.messages.map((message) => message.ruleId)).toEqual(['date-mismatch'])
  })

  it('gives nulls when nothing holds a date', () => {
    expect(dateOf({texts: [text('No dates here.')]})).toEqual({date: null, year: null})
  })
})
