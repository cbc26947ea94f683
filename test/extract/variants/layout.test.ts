import {describe, expect, it} from 'vitest'
import {withoutPositions} from '../../../src/serialize/without-positions.js'
import {figures, read} from './read-article.js'

const article = `= 2004 Alaska Democratic caucuses =

Infobox
- Election Date: 2004-02-07

==Results==
| Candidate | Votes | % |
| Pia Nord | 244 | 61.0% |
| Cal Rusk | 156 | 39.0% |
| Total | 400 | 100% |`

describe('layout variants', () => {
  it('reads a file without a final newline like one with it', () => {
    const without = read(article)
    expect(figures(without)).toEqual([['Pia Nord', 244, 61, null], ['Cal Rusk', 156, 39, null]])
    expect(without.totals.votes).toBe(400)
    expect(withoutPositions(read(`${article}\n`))).toEqual(withoutPositions(without))
  })

  it('reads `== Results ==` like `==Results==`', () => {
    const spaced = read(article.replace('==Results==', '== Results =='))
    expect(spaced.tables[0]?.section).toBe('Results')
    expect(withoutPositions(spaced)).toEqual(withoutPositions(read(article)))
  })

  it('reads \\r\\n line endings like \\n', () => {
    expect(withoutPositions(read(article.replaceAll('\n', '\r\n')))).toEqual(withoutPositions(read(article)))
  })

  it('reads a table glued to the heading above it and to prose below it', () => {
    const election = read('= 2004 Alaska Democratic caucuses =\n==Results==\n| Candidate | Votes |\n| Pia Nord | 244 |\nTurnout was low.\n')
    expect(figures(election)).toEqual([['Pia Nord', 244, null, null]])
    expect(election.tables[0]?.notes).toEqual(['Turnout was low.'])
  })

  it('reads the results table under a sub-section heading', () => {
    const election = read('= 2004 Alaska Democratic caucuses =\n\n==Results==\n\n===Statewide===\n| Candidate | Votes |\n| Pia Nord | 244 |\n')
    expect(election.tables[0]?.section).toBe('Statewide')
    expect(figures(election)).toEqual([['Pia Nord', 244, null, null]])
  })
})
