import {describe, expect, it} from 'vitest'
import {field, read} from './read-article.js'

const head = '= 2004 Idaho Democratic caucuses =\n\n==Results==\n'

describe('nothing silent', () => {
  it('reports a non-number in a number column at the cell, the figure null', () => {
    const election = read(`${head}| Candidate | Votes | % |\n| Eva Moss | 4,48O | 60% |\n| Sam Roy | 300 | about 40% |\n`)
    expect(field(election, 'votes')).toEqual([null, 300])
    expect(field(election, 'percent')).toEqual([60, null])
    const notParsed = election.messages.filter((message) => message.ruleId === 'number-not-parsed')
    expect(notParsed.map((message) => [message.line, message.column, message.reason])).toEqual([
      [5, 14, 'Expected votes to be a number, got `4,48O`'],
      [6, 19, 'Expected a percentage to be a number, got `about 40%`']
    ])
  })

  it('refuses votes beyond 2^53 - 1 in the table and the infobox with a message, never rounds them', () => {
    const infobox = 'Infobox\n- Candidate1: Eva Moss\n- Popular Vote1: 9007199254740993\n- Candidate2: Sam Roy\n- Popular Vote2: 300\n\n'
    const election = read(`${head.replace('\n\n', `\n\n${infobox}`)}| Candidate | Votes |\n| Eva Moss | 9,007,199,254,740,993 |\n| Sam Roy | 300 |\n`)
    expect(field(election, 'votes')).toEqual([null, 300])
    const notParsed = election.messages.filter((message) => message.ruleId === 'number-not-parsed')
    expect(notParsed.map((message) => [message.line, message.reason])).toEqual([
      [5, 'Expected votes of at most `9007199254740991`, which a number holds exactly, got `9007199254740993`'],
      [11, 'Expected votes of at most `9007199254740991`, which a number holds exactly, got `9,007,199,254,740,993`']
    ])
  })

  it('reports a row that is neither a result nor the total, and keeps it in `tables`', () => {
    const election = read(`${head}| Candidate | Votes |\n| Eva Moss | 300 |\n| Recount requested by 2 campaigns | |\n| Total | 300 |\n`)
    expect(field(election, 'name')).toEqual(['Eva Moss'])
    const message = election.messages.find((item) => item.ruleId === 'row-not-result')
    expect(message).toMatchObject({line: 6, column: 1})
    expect(election.tables[0]?.rows).toContainEqual(['Recount requested by 2 campaigns', ''])
  })

  it('reports an article without results and still builds the election', () => {
    const election = read('= 2004 Utah Democratic primary =\n\nNo figures were published.\n')
    expect(election.candidates).toEqual([])
    expect(election.messages.map((message) => [message.ruleId, message.line])).toContainEqual(['no-results', 1])
  })

  it('reports an infobox date it cannot read', () => {
    const election = read('= 2004 Utah Democratic primary =\n\nInfobox\n- Election Date: TBD\n\n| Candidate | Votes |\n| Eva Moss | 3 |\n')
    expect(election.messages.find((message) => message.ruleId === 'date-not-parsed')).toMatchObject({line: 4})
  })

  it('keeps the raw cells of the main table as written', () => {
    const election = read(`${head}| Candidate | Votes | % |\n| Eva Moss* | 9,093[3] | 51.06 % |\n`)
    expect(election.tables[0]).toMatchObject({header: [['Candidate', 'Votes', '%']], rows: [['Eva Moss*', '9,093[3]', '51.06 %']]})
  })
})
