/**
 * Every real article through every format and back.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Election} from '../src/model/election.js'
import {withSummary} from '../src/model/summarize-election.js'
import {parseElection} from '../src/parse-election.js'
import {fromCsv} from '../src/serialize/from-csv.js'
import {fromJson} from '../src/serialize/from-json.js'
import {fromYaml} from '../src/serialize/from-yaml.js'
import {toCsv} from '../src/serialize/to-csv.js'
import {toJson} from '../src/serialize/to-json.js'
import {toMarkdown} from '../src/serialize/to-markdown.js'
import {toYaml} from '../src/serialize/to-yaml.js'
import {withoutPositions} from '../src/serialize/without-positions.js'
import {articleFixtures} from './article-fixtures.js'

/** The contest, candidates and totals: what an article says, positions aside (the summary derived from that). */
function contest(election: Election) {
  return withSummary({...withoutPositions(election), infobox: [], tables: [], mainTable: null, messages: [], sourceFile: null})
}

/** The result-row fields a CSV row carries (positions aside). */
function resultRows(election: Election) {
  return election.candidates.map((candidate) => ({...candidate, position: null}))
}

describe('round trips of the real articles', () => {
  for (const fixture of articleFixtures()) {
    const {election} = parseElection(new VFile({path: `${fixture.slug}.md`, value: fixture.input}))

    it(`${fixture.slug}: JSON and YAML give back the exact election`, () => {
      expect(fromJson(toJson(election))).toEqual([election])
      expect(fromYaml(toYaml(election))).toEqual([election])
    })

    it(`${fixture.slug}: article -> JSON -> markdown -> JSON gives back the election`, () => {
      const [fromData] = fromJson(toJson(election))
      const again = parseElection(new VFile({path: `${fixture.slug}.md`, value: toMarkdown(fromData as Election)})).election
      expect(fromJson(toJson(withoutPositions(again)))).toEqual(fromJson(toJson(withoutPositions(election))))
    })

    it(`${fixture.slug}: CSV -> markdown -> election gives the CSV's contest, candidates and totals`, () => {
      const [fromData] = fromCsv(toCsv([election]))
      const again = parseElection(new VFile({path: `${fixture.slug}.md`, value: toMarkdown(fromData as Election)})).election
      expect(contest(again)).toEqual(contest(fromData as Election))
      expect(again.candidates.length).toBe(election.candidates.length)
    })

    it(`${fixture.slug}: an election without infobox or tables is written with a results table`, () => {
      const bare: Election = {...election, infobox: [], tables: [], mainTable: null}
      const text = toMarkdown(bare)
      const again = parseElection(text).election
      expect(contest(again)).toEqual(contest(bare))
      expect(again.mainTable).not.toBeNull()
    })

    it(`${fixture.slug}: CSV gives back the result rows`, () => {
      const [back] = fromCsv(toCsv([election]))
      expect(resultRows(back as Election)).toEqual(resultRows(election))
      expect(back?.totals.votes).toBe(election.totals.votes)
      expect(back?.date).toBe(election.date)
    })
  }
})
