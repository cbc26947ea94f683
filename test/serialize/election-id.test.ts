import {describe, expect, test} from 'vitest'
import {electionId, electionIds} from '../../src/serialize/election-id.js'
import {election} from './sample-election.js'

describe('electionId', () => {
  test('slugs the source path without the extension, so same-named files in two folders differ', () => {
    expect(electionId(election({sourceFile: 'corpus/2004-NC caucuses.md', title: 'X'}))).toBe('corpus-2004-nc-caucuses')
    expect(electionId(election({sourceFile: 'C:\\data\\1852.delaware.md'}))).toBe('c-data-1852-delaware')
    expect(electionId(election({sourceFile: 'a/input.md'}))).not.toBe(electionId(election({sourceFile: 'b/input.md'})))
    expect(electionId(election({sourceFile: 'v1.2/article'}))).toBe('v1-2-article')
  })

  test('falls back to the title, dropping accents and punctuation', () => {
    expect(electionId(election({title: 'Élection de 2004 (Québec)'}))).toBe('election-de-2004-quebec')
  })

  test('falls back to `election` when nothing is left', () => {
    expect(electionId(election({title: '!!!', sourceFile: '__.md'}))).toBe('election')
  })
})

describe('electionIds', () => {
  test('numbers repeated slugs from the second one on', () => {
    expect(electionIds([election({title: 'A'}), election({title: 'A'}), election({title: 'a-2'})])).toEqual(['a', 'a-2', 'a-2-2'])
  })
})
