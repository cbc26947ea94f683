import {describe, expect, test} from 'vitest'
import {writeArticle} from '../../src/serialize/write-article.js'
import {election} from './sample-election.js'

describe('writeArticle', () => {
  test('writes the title, the infobox, a date line, a section, a caption line, rows and notes', () => {
    const text = writeArticle(election({
      title: 'T',
      date: '2008-03-08',
      infobox: [{key: 'country', label: 'Country', value: 'Wyoming', position: null}],
      tables: [{section: 'Results', caption: 'C', captionKind: 'line', header: [['A', '']], rows: [['1', '2']], notes: ['n'], position: null}]
    }))
    expect(text).toBe('= T =\n\nInfobox\n- Country: Wyoming\n\nElection date: March 8, 2008\n\n==Results==\n\n  - C**\n\n| A | |\n| 1 | 2 |\nn\n')
  })

  test('puts a row caption in a first row padded to the widest row', () => {
    const text = writeArticle(election({
      tables: [{section: null, caption: 'C', captionKind: 'row', header: [['A', 'B', 'C']], rows: [], notes: [], position: null}]
    }))
    expect(text).toBe('| C | | |\n| A | B | C |\n')
  })

  test('writes text as it is, without escaping, and humanizes a key without a label', () => {
    const text = writeArticle(election({infobox: [{key: 'popular_vote1', label: '', value: '*a* | b_c [1]', position: null}]}))
    expect(text).toBe('Infobox\n- Popular Vote1: *a* | b_c [1]\n')
  })

  test('writes one section heading for consecutive tables of the same section', () => {
    const table = {section: 'Results', caption: null, captionKind: null, header: [], rows: [['a']], notes: [], position: null}
    expect(writeArticle(election({tables: [table, table]}))).toBe('==Results==\n\n| a |\n\n| a |\n')
  })

  test('writes nothing for an empty election', () => {
    expect(writeArticle(election({}))).toBe('')
  })
})
