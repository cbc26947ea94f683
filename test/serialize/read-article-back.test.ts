import {describe, expect, test} from 'vitest'
import {readArticleBack} from '../../src/serialize/read-article-back.js'

describe('readArticleBack', () => {
  test('reads an article into its election, without running the rules', () => {
    const election = readArticleBack('= 2004 Idaho Democratic caucuses =\n\n| Candidate | Votes |\n| Ann Lee | 5 |\n')
    expect([election.title, election.candidates.map((candidate) => candidate.votes), election.messages]).toEqual(['2004 Idaho Democratic caucuses', [5], []])
  })
})
