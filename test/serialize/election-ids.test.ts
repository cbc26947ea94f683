import {describe, expect, test} from 'vitest'
import {electionIds} from '../../src/serialize/election-ids.js'
import {electionWith as election} from '../factories.js'

describe('electionIds', () => {
  test('numbers repeated ids in input order, the first keeping the bare id', () => {
    const seed = {year: 2004, stage: 'caucus', party: 'Democratic', jurisdiction: {name: null, code: 'NC', fips: null}} as const
    const list = [election({...seed, sourceFile: 'a.md'}), election({title: 'Other'}), election({...seed, sourceFile: 'b.md'})]
    expect(electionIds(list)).toEqual(['2004-nc-democratic-caucus', 'other', '2004-nc-democratic-caucus-2'])
  })
})
