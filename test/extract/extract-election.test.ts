import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractElection} from '../../src/extract/extract-election.js'
import {parseArticle} from '../../src/parse/parse-article.js'

function extract(text: string) {
  const file = new VFile({path: 'in.md', value: text})
  return {election: extractElection(parseArticle(file), file), messages: file.messages}
}

const article = `= 2004 North Carolina Democratic presidential caucuses =

Infobox
- Election Name: 2004 North Carolina Democratic presidential caucuses
- Election Date: 2004-04-17
- Votes For Election: 107 delegates (90 pledged, 17 unpledged)
- Previous Election: 2000 North Carolina Democratic presidential primary
- Previous Year: 2000
- Candidate1: John Edwards
- Home State1: North Carolina
- Color1: e50100

==Results==
| Candidate | Votes | % | Delegates |
| John Edwards | 9,093 | 65.26 | 57 |
| John Kerry | 4,844 | 34.74 | 29 |
| Total | 13,937 | 100% | 86 |
`

describe('extractElection', () => {
  it('reads the contest from the title and the infobox', () => {
    const {election} = extract(article)
    expect(election).toMatchObject({
      title: '2004 North Carolina Democratic presidential caucuses', date: '2004-04-17', year: 2004, stage: 'caucus', party: 'Democratic',
      jurisdiction: {name: 'North Carolina', code: 'NC', fips: '37'}, delegates: {total: 107, pledged: 90, unpledged: 17},
      previous: {name: '2000 North Carolina Democratic presidential primary', year: 2000}, next: {name: null, year: null},
      mainTable: 0, sourceFile: 'in.md'
    })
  })

  it('reads the results from the main table, merged with the infobox, the winner marked', () => {
    const {election} = extract(article)
    expect(election.candidates.map((candidate) => [candidate.name, candidate.votes, candidate.homeState, candidate.infoboxIndex, candidate.winner])).toEqual([
      ['John Edwards', 9093, 'North Carolina', 1, true],
      ['John Kerry', 4844, null, null, false]
    ])
    expect(election.totals).toMatchObject({votes: 13937, percent: 100, delegates: 86})
  })

  it('keeps every infobox line and every table raw', () => {
    const {election} = extract(article)
    expect(election.infobox[0]).toEqual({key: 'election_name', label: 'Election Name', value: '2004 North Carolina Democratic presidential caucuses', position: {start: {line: 4, column: 1}, end: {line: 4, column: 70}}})
    expect(election.tables[0]).toMatchObject({section: 'Results', caption: null, captionKind: null, header: [['Candidate', 'Votes', '%', 'Delegates']], notes: []})
    expect(election.tables[0]?.rows).toHaveLength(3)
  })

  it('reports an article without table or infobox candidates and builds an empty election', () => {
    const {election, messages} = extract('= 2004 Utah Democratic primary =\n\nNo figures were published.\n')
    expect(election.candidates).toEqual([])
    expect(election.mainTable).toBeNull()
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['no-results', 1]])
  })

  it('says so when the only tables are no results tables', () => {
    const {messages} = extract('= T =\n\n| County | Votes |\n| Kent | 12 |\n')
    expect(messages[0]?.reason).toBe('Expected a results table (a candidate column and votes, % or delegates), got 1 other table')
  })

  it('gives a general election no party', () => {
    expect(extract('= 1952 United States presidential election in Delaware =\n\n| Party | Candidate | Votes |\n| Republican | A. Smith | 12 |').election.party).toBeNull()
  })
})
