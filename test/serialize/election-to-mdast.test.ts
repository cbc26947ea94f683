import {describe, expect, test} from 'vitest'
import {electionToMdast} from '../../src/serialize/election-to-mdast.js'
import {election} from './sample-election.js'

describe('electionToMdast', () => {
  test('builds wiki headings, the infobox, a date line, tables and notes', () => {
    const tree = electionToMdast(election({
      title: 'T',
      date: '2008-03-08',
      infobox: [{key: 'country', label: 'Country', value: 'Wyoming', position: null}],
      tables: [{section: 'Results', caption: 'C', captionKind: 'line', header: [['A']], rows: [['1']], notes: ['n'], position: null}]
    }))
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'infobox', 'paragraph', 'heading', 'table', 'paragraph'])
    expect(tree.children[0]).toMatchObject({depth: 1, data: {wiki: true}})
    expect(tree.children[2]).toMatchObject({children: [{value: 'Election date: March 8, 2008'}]})
    expect(tree.children[4]).toMatchObject({data: {caption: {value: 'C', kind: 'line'}}})
  })

  test('puts a row caption in a padded first row', () => {
    const tree = electionToMdast(election({
      tables: [{section: null, caption: 'C', captionKind: 'row', header: [['A', 'B', 'C']], rows: [], notes: [], position: null}]
    }))
    const [table] = tree.children
    expect(table?.type === 'table' ? table.children.map((row) => row.children.length) : []).toEqual([3, 3])
  })
})
