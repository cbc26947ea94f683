import type {Heading, Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parseWikiHeading, remarkWikiHeading} from '../../src/parse/remark-wiki-heading.js'
import {removePositions, runPlugins} from './run-plugin.js'

/** A source line at offset 0. */
const line = (text: string) => ({text, start: 0, end: text.length})

/** The heading text `parseWikiHeading` reads off `text`, with its depth. */
function read(text: string): [number, string] | null {
  const heading = parseWikiHeading(line(text))
  return heading ? [heading.depth, text.slice(heading.start, heading.end)] : null
}

/** Heading nodes of `text` as depth and text. */
function headings(text: string): [number, string][] {
  const tree = runPlugins(text, remarkWikiHeading)
  return tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((node) => [node.depth, node.children.map((child) => ('value' in child ? child.value : '')).join('')])
}

describe('parseWikiHeading', () => {
  it('reads `== Results ==` and `==Results==` alike', () => {
    expect(read('== Results ==')).toEqual([2, 'Results'])
    expect(read('==Results==')).toEqual([2, 'Results'])
  })

  it('reads levels 1 to 6 from the number of `=`', () => {
    for (const depth of [1, 2, 3, 4, 5, 6]) {
      const marks = '='.repeat(depth)
      expect(read(`${marks} Level ${depth} ${marks}`)).toEqual([depth, `Level ${depth}`])
    }
  })

  it('rejects seven `=`', () => {
    expect(read('======= Too deep =======')).toBeNull()
  })

  it('takes the level from the shorter run and keeps the rest as text', () => {
    expect(read('=== Uneven ==')).toEqual([2, '= Uneven'])
  })

  it('keeps `=` inside the text', () => {
    expect(read('== a = b ==')).toEqual([2, 'a = b'])
  })

  it('ignores spaces around the line', () => {
    expect(read('  == Results ==\t')).toEqual([2, 'Results'])
  })

  it('rejects lines of `=` only, empty headings and one-sided runs', () => {
    expect(read('====')).toBeNull()
    expect(read('==  ==')).toBeNull()
    expect(read('== Results')).toBeNull()
    expect(read('a == b')).toBeNull()
  })
})

describe('remarkWikiHeading', () => {
  it('turns the title and section lines into headings with their depth', () => {
    expect(headings('= 2008 Ohio primary =\n\n==Results==\n\n=== By county ===\n')).toEqual([
      [1, '2008 Ohio primary'],
      [2, 'Results'],
      [3, 'By county']
    ])
  })

  it('marks wiki headings in `data`', () => {
    const tree = runPlugins('==Results==', remarkWikiHeading)
    expect(removePositions(tree)).toEqual<Root>({
      type: 'root',
      children: [{type: 'heading', depth: 2, children: [{type: 'text', value: 'Results'}], data: {wiki: true}}]
    })
  })

  it('splits a heading off the paragraph lines glued to it', () => {
    const tree = runPlugins('Lead text\n== Results ==\nSection *text*', remarkWikiHeading)
    expect(removePositions(tree).children).toEqual([
      {type: 'paragraph', children: [{type: 'text', value: 'Lead text'}]},
      {type: 'heading', depth: 2, children: [{type: 'text', value: 'Results'}], data: {wiki: true}},
      {type: 'paragraph', children: [{type: 'text', value: 'Section *text*'}]}
    ])
  })

  it('places the heading text where it is in the source', () => {
    const tree = runPlugins('intro\n\n==  Results ==', remarkWikiHeading)
    const heading = tree.children[1] as Heading
    expect(heading.position?.start).toMatchObject({line: 3, column: 1})
    expect(heading.children[0]?.position).toMatchObject({start: {line: 3, column: 5}, end: {line: 3, column: 12}})
  })

  it('reads the last line of a file without a final newline', () => {
    expect(headings('text\n\n==See also==')).toEqual([[2, 'See also']])
  })

  it('leaves headings inside code alone', () => {
    expect(headings('```\n== Not a heading ==\n```')).toEqual([])
  })
})
