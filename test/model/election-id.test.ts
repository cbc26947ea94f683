import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {claimElectionId, electionId} from '../../src/model/election-id.js'
import {parseElection} from '../../src/parse-election.js'
import {electionWith as election} from '../factories.js'

const seedPath = 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md'

describe('electionId', () => {
  test('names the contest: year, state code, party and stage', () => {
    const contest = {year: 2004, stage: 'caucus', party: 'Democratic', jurisdiction: {name: 'North Carolina', code: 'NC', fips: '37'}} as const
    expect(electionId(election({...contest, sourceFile: 'corpus/whatever.md'}))).toBe('2004-nc-democratic-caucus')
  })

  test('leaves the party out where the contest has none', () => {
    const contest = {year: 1952, stage: 'general', party: null, jurisdiction: {name: 'Delaware', code: 'DE', fips: '10'}} as const
    expect(electionId(election(contest))).toBe('1952-de-general')
  })

  test('slugs a many-word party', () => {
    const contest = {year: 2008, stage: 'primary', party: 'Democrats Abroad', jurisdiction: {name: null, code: 'DA', fips: null}} as const
    expect(electionId(election(contest))).toBe('2008-da-democrats-abroad-primary')
  })

  test('gives the same id to the seed article from any folder and any file name', () => {
    const text = readFileSync(seedPath, 'utf8')
    const paths = ['input.md', seedPath, '/tmp/x/Copy of article (2).txt', 'C:\\data\\nc.md', '../up/2004.md']
    const ids = paths.map((path) => parseElection(new VFile({path, value: text})).election.summary.electionId)
    expect(ids).toEqual(paths.map(() => '2004-nc-democratic-caucus'))
    expect(parseElection(text).election.summary.electionId).toBe('2004-nc-democratic-caucus')
  })

  test('falls back to the title when the contest is not known, so the file name does not matter', () => {
    const article = {title: '2004 Democrats Abroad presidential caucuses', year: 2004, stage: 'caucus'} as const
    expect(electionId(election({...article, sourceFile: 'a/input.md'}))).toBe('2004-democrats-abroad-presidential-caucuses')
    expect(electionId(election({...article, sourceFile: 'b/other.md'}))).toBe('2004-democrats-abroad-presidential-caucuses')
  })

  test('falls back to the file name without folders or extension when there is no title either', () => {
    expect(electionId(election({sourceFile: 'corpus/2004-NC caucuses.md', year: 2004}))).toBe('2004-nc-caucuses')
    expect(electionId(election({sourceFile: 'C:\\data\\1852.delaware.md'}))).toBe('1852-delaware')
    expect(electionId(election({sourceFile: 'a/input.md'}))).toBe(electionId(election({sourceFile: 'b/input.md'})))
    expect(electionId(election({sourceFile: '.hidden'}))).toBe('hidden')
  })

  test('slugs the title without accents and punctuation', () => {
    expect(electionId(election({title: 'Élection de 2004 (Québec)', sourceFile: 'x.md'}))).toBe('election-de-2004-quebec')
    expect(electionId(election({title: '!!!', sourceFile: 'Évian.md'}))).toBe('evian')
  })

  test('falls back to `election` when nothing is left', () => {
    expect(electionId(election({title: '!!!', sourceFile: '__.md'}))).toBe('election')
  })
})

describe('claimElectionId', () => {
  test('keeps a new id and numbers a repeated one from 2 on', () => {
    const used = new Set<string>()
    expect(['a', 'a', 'a-2', 'b'].map((id) => claimElectionId(id, used))).toEqual(['a', 'a-2', 'a-2-2', 'b'])
  })
})
