import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {articleParts} from '../../src/extract/article-parts.js'
import {chooseMainTable} from '../../src/extract/choose-main-table.js'
import {readTable} from '../../src/extract/read-table.js'
import type {Stage} from '../../src/model/election.js'
import {parseArticle} from '../../src/parse/parse-article.js'

/** The chosen table and the rule ids of the messages, for `text`. */
function choose(text: string, titleParty: string | null = null, titleStage: Stage | null = null, infoboxVotes: number[] = []): [number, string[]] {
  const file = new VFile({value: text})
  const parts = articleParts(parseArticle(file), text)
  const main = chooseMainTable(parts.tables, parts.tables.map((table) => readTable(table.node)), titleParty, file, titleStage, infoboxVotes)
  return [main, file.messages.map((message) => message.ruleId ?? '')]
}

const table = (name: string) => `| Candidate | Votes |\n| ${name} | 10 |\n`

describe('chooseMainTable', () => {
  it('takes the only results table without a message', () => {
    expect(choose(`= T =\n\n==Results==\n${table('Ann Lee')}`)).toEqual([0, []])
  })

  it('keeps the contest the title names on a page of two contests, and warns', () => {
    const text = `= T =\n\n==Republican caucus==\n${table('Ann Lee')}\n==Democratic caucus==\n${table('Sam Roy')}`
    expect(choose(text, 'Democratic')).toEqual([1, ['several-contests']])
    expect(choose(text)).toEqual([0, ['several-contests']])
  })

  it('takes the general election of a general election page that first gives a primary, and warns', () => {
    const text = `= T =\n\n==Republican primary==\n===Results===\n${table('Ann Lee')}\n==General election==\n===Results===\n${table('Sam Roy')}`
    expect(choose(text, null, 'general')).toEqual([1, ['several-contests']])
    expect(choose(text, null, 'primary')).toEqual([0, ['main-table-guess']])
  })

  it('takes a later table that gives the infobox\'s votes over a first that gives none of them, as another contest\'s', () => {
    const text = `= T =\n\n==Results==\n| Candidate | Votes |\n| Ann Lee | 12 |\n\n| Candidate | Votes |\n| Sam Roy | 93,930 |\n`
    expect(choose(text, null, null, [93_930])).toEqual([1, ['several-contests']])
    expect(choose(text, null, null, [12, 93_930])).toEqual([0, ['main-table-guess']])
  })

  it('takes the first of two tables of one contest, and warns that it guessed', () => {
    expect(choose(`= T =\n\n==Results==\n${table('Ann Lee')}\n==Recount==\n${table('Ann Lee')}`)).toEqual([0, ['main-table-guess']])
  })

  it('gives -1 without a results table', () => {
    expect(choose('= T =\n\n| County | Seats |\n| Kent | 3 |\n')).toEqual([-1, []])
  })
})
