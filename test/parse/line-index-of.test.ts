import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lineIndexOf} from '../../src/parse/line-index-of.js'

const tree: Root = {type: 'root', children: []}

describe('lineIndexOf', () => {
  it('indexes the lines of the file text', () => {
    expect(lineIndexOf(tree, new VFile('a\nb')).starts).toEqual([0, 2])
  })

  it('builds the index once per file and shares it', () => {
    const file = new VFile('a\nb')
    expect(lineIndexOf(tree, file)).toBe(lineIndexOf(tree, file))
    expect(file.data.wikitallyLineIndex).toBe(lineIndexOf(tree, file))
  })

  it('rebuilds the index when the file text changed', () => {
    const file = new VFile('a\nb')
    lineIndexOf(tree, file)
    file.value = 'a\nb\nc'
    expect(lineIndexOf(tree, file).starts).toEqual([0, 2, 4])
  })
})

describe('lineIndexOf without the file text', () => {
  it('reads the index the parser remembered for the tree in the processor data', () => {
    const index = lineIndexOf(tree, new VFile('a\nb'))
    const data = {wikitallyLineIndexes: new WeakMap([[tree, index]])}
    expect(lineIndexOf(tree, new VFile(), data)).toBe(index)
  })

  it('indexes no text when nothing remembered the tree', () => {
    expect(lineIndexOf(tree, new VFile(), {}).source).toBe('')
  })
})
