/**
 * Every fact read off the real pages, checked on every real article.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseElection} from '../src/parse-election.js'
import {articleFixtures} from './article-fixtures.js'
import {wrongFields, type Facts} from './wrong-fields.js'

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

  it('scores every field of every article right, so none is silently wrong', () => {
    let fields = 0
    const wrong: string[] = []
    const silent: string[] = []
    for (const fixture of fixtures) {
      const facts = JSON.parse(readFileSync(path.join(fixture.folder, 'facts.json'), 'utf8')) as Facts
      const {election} = parseElection(new VFile({path: 'input.md', value: fixture.input}))
      fields += 3 + facts.candidates.reduce((sum, candidate) => sum + 5 + ('party' in candidate ? 1 : 0), 0)
      for (const field of wrongFields(election, facts)) {
        wrong.push(`${fixture.slug}: ${field.field}`)
        if (field.silent) silent.push(`${fixture.slug}: ${field.field}`)
      }
    }
    expect(fields).toBeGreaterThan(0)
    expect(silent).toEqual([])
    expect(wrong).toEqual([])
  })
})
