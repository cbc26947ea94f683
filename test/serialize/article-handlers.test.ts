import {toMarkdown} from 'mdast-util-to-markdown'
import {describe, expect, test} from 'vitest'
import {articleOptions} from '../../src/serialize/article-handlers.js'

describe('articleOptions', () => {
  test('write wiki headings by depth', () => {
    const tree = {type: 'root' as const, children: [
      {type: 'heading' as const, depth: 1 as const, children: [{type: 'text' as const, value: 'T'}]},
      {type: 'heading' as const, depth: 3 as const, children: [{type: 'text' as const, value: 'By county'}]}
    ]}
    expect(toMarkdown(tree, articleOptions)).toBe('= T =\n\n===By county===\n')
  })

  test('write paragraphs without escaping', () => {
    const tree = {type: 'root' as const, children: [{type: 'paragraph' as const, children: [{type: 'text' as const, value: '*a* | b_c [1]'}]}]}
    expect(toMarkdown(tree, articleOptions)).toBe('*a* | b_c [1]\n')
  })
})
