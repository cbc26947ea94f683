import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import type {InfoboxNode} from '../../src/parse/mdast-wiki.js'
import {isInfoboxMarker, parseInfoboxLine, remarkInfobox} from '../../src/parse/remark-infobox.js'
import {remarkWikiHeading} from '../../src/parse/remark-wiki-heading.js'
import {removePositions, runPlugins} from './run-plugin.js'

/** A source line at offset 0. */
const line = (text: string) => ({text, start: 0, end: text.length})

/** Key and value `parseInfoboxLine` reads off `text`. */
function read(text: string): [string, string] | null {
  const entry = parseInfoboxLine(line(text))
  return entry ? [text.slice(entry.key.start, entry.key.end), text.slice(entry.value.start, entry.value.end)] : null
}

/** Entries of every infobox in `text` as key and value. */
function entries(text: string): [string, string][][] {
  const tree = runPlugins(text, remarkWikiHeading, remarkInfobox)
  return tree.children
    .filter((node): node is InfoboxNode => node.type === 'infobox')
    .map((node) => node.children.map((entry) => [entry.key, entry.value]))
}

describe('parseInfoboxLine', () => {
  it('reads the key and the value of `- Key: Value`', () => {
    expect(read('- Popular Vote1: 9,093')).toEqual(['Popular Vote1', '9,093'])
  })

  it('ends the key at the first colon, so values may hold colons', () => {
    expect(read('- Map: , Kerry: , Kucinich: |By winner')).toEqual(['Map', ', Kerry: , Kucinich: |By winner'])
  })

  it('reads an empty value', () => {
    expect(read('- Image1:')).toEqual(['Image1', ''])
  })

  it('trims spaces around key and value', () => {
    expect(read('  -   Candidate1 :  John Edwards, (withdrawn)  ')).toEqual(['Candidate1', 'John Edwards, (withdrawn)'])
  })

  it('rejects list items without a colon, an empty key and other bullets', () => {
    expect(read('- 2004 Democratic Party presidential primaries')).toBeNull()
    expect(read('- : value')).toBeNull()
    expect(read('* Key: value')).toBeNull()
    expect(read('-Key: value')).toBeNull()
  })
})

describe('isInfoboxMarker', () => {
  it('accepts the `Infobox` line, spaces around it allowed', () => {
    expect(isInfoboxMarker(line('Infobox'))).toBe(true)
    expect(isInfoboxMarker(line(' Infobox '))).toBe(true)
  })

  it('rejects other text', () => {
    expect(isInfoboxMarker(line('Infobox election'))).toBe(false)
    expect(isInfoboxMarker(line('infobox'))).toBe(false)
  })
})

describe('remarkInfobox', () => {
  it('turns the marker and its entries into one infobox node', () => {
    const tree = runPlugins('Infobox\n- Election Date: 2004-04-17\n- Candidate1: John Edwards\n', remarkInfobox)
    expect(removePositions(tree)).toEqual<Root>({
      type: 'root',
      children: [
        {
          type: 'infobox',
          children: [
            {type: 'infoboxEntry', key: 'Election Date', value: '2004-04-17'},
            {type: 'infoboxEntry', key: 'Candidate1', value: 'John Edwards'}
          ]
        }
      ]
    })
  })

  it('keeps values exactly as written, markdown and colons included', () => {
    expect(entries('Infobox\n- Votes For Election: 107 *pledged* _and_ 2\\3: see [1]\n')).toEqual([
      [['Votes For Election', '107 *pledged* _and_ 2\\3: see [1]']]
    ])
  })

  it('reads an infobox glued under the title heading', () => {
    expect(entries('= 2008 Ohio primary =\nInfobox\n- Country: Ohio\n')).toEqual([[['Country', 'Ohio']]])
  })

  it('ends the infobox at the first line that is not an entry', () => {
    const tree = runPlugins('Infobox\n- Country: Ohio\nOhio voted in March.\n', remarkInfobox)
    expect(removePositions(tree).children).toEqual([
      {type: 'infobox', children: [{type: 'infoboxEntry', key: 'Country', value: 'Ohio'}]},
      {type: 'paragraph', children: [{type: 'text', value: 'Ohio voted in March.'}]}
    ])
  })

  it('ends the infobox at a blank line and keeps the item after it as text', () => {
    const tree = runPlugins('Infobox\n- Country: Ohio\n\n- See also: other\n', remarkInfobox)
    expect(removePositions(tree).children).toEqual([
      {type: 'infobox', children: [{type: 'infoboxEntry', key: 'Country', value: 'Ohio'}]},
      {type: 'paragraph', children: [{type: 'text', value: '- See also: other'}]}
    ])
  })

  it('leaves a list after prose alone', () => {
    const tree = runPlugins('Infobox\n- Country: Ohio\n\nText\n\n- See also: other\n', remarkInfobox)
    expect(tree.children.map((node) => node.type)).toEqual(['infobox', 'paragraph', 'list'])
  })

  it('leaves a `- Key: Value` list without a marker alone', () => {
    expect(entries('- Country: Ohio\n- Type: presidential\n')).toEqual([])
  })

  it('places each entry on its line, and the infobox from the marker to the last entry', () => {
    const tree = runPlugins('intro\n\nInfobox\n- A: 1\n  - B: 2\n', remarkInfobox)
    const infobox = tree.children[1] as InfoboxNode
    expect(infobox.position).toMatchObject({start: {line: 3, column: 1}, end: {line: 5, column: 9}})
    expect(infobox.children.map((entry) => entry.position?.start)).toMatchObject([{line: 4, column: 1}, {line: 5, column: 3}])
  })

  it('reads the last entry of a file without a final newline', () => {
    expect(entries('Infobox\n- Country: Ohio\n- Next Year: 2012')).toEqual([[['Country', 'Ohio'], ['Next Year', '2012']]])
  })
})
