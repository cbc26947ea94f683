import {describe, expect, test} from 'vitest'
import {articleProblems} from '../../src/serialize/article-problems.js'
import {election, sampleElection} from './sample-election.js'

describe('articleProblems', () => {
  test('finds nothing in an election read from an article', () => {
    expect(articleProblems(sampleElection)).toEqual([])
    expect(articleProblems(election())).toEqual([])
  })

  test('places each problem at the path of its value', () => {
    const tables = [{section: 'A=', caption: null, captionKind: null, header: [['x\ry']], rows: [], notes: ['- item'], position: null}]
    expect(articleProblems(election({tables})).map((problem) => problem.path)).toEqual([
      'tables[0].section', 'tables[0].header[0][0]', 'tables[0].notes[0]'
    ])
  })

  test('refuses a row of dashes, which would read as a GFM delimiter row and be dropped', () => {
    const tables = [{section: null, caption: null, captionKind: null, header: [], rows: [['', ''], ['---', ':-:']], notes: [], position: null}]
    expect(articleProblems(election({tables})).map((problem) => problem.path)).toEqual(['tables[0].rows[1]'])
  })
})
