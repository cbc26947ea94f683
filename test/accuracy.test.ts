/**
 * Every fact read off the real pages, checked on every real article.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseElection} from '../src/parse-election.js'
import {articleFixtures} from './article-fixtures.js'

/** The facts file of an article (see fixtures/articles/README.md). */
interface Facts {
  date: string | null
  candidates: {
    name: string
    withdrawn?: boolean
    votes: number | null
    percent: number | null
    delegates: number | null
    party?: string | null
  }[]
  total: {votes: number | null; delegates: number | null}
}

const fixtures = articleFixtures()

describe('accuracy on real articles', () => {
  it('has the 25 corpus articles', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25)
  })

  for (const fixture of fixtures) {
    it(`reads every fact of ${fixture.slug}`, () => {
      const facts = JSON.parse(readFileSync(path.join(fixture.folder, 'facts.json'), 'utf8')) as Facts
      const {election} = parseElection(new VFile({path: 'input.md', value: fixture.input}))
      expect(election.date).toBe(facts.date)
      expect(election.totals.votes).toBe(facts.total.votes)
      expect(election.totals.delegates).toBe(facts.total.delegates)
      const got = election.candidates.map((candidate) => ({
        name: candidate.name,
        withdrawn: candidate.withdrawn,
        votes: candidate.votes,
        percent: candidate.percent,
        delegates: candidate.delegates
      }))
      const want = facts.candidates.map((candidate) => ({
        name: candidate.name,
        withdrawn: candidate.withdrawn ?? false,
        votes: candidate.votes,
        percent: candidate.percent,
        delegates: candidate.delegates
      }))
      expect(got).toEqual(want)
      for (const [at, candidate] of facts.candidates.entries()) {
        if ('party' in candidate) expect(election.candidates[at]?.party, candidate.name).toBe(candidate.party)
      }
    })
  }
})
