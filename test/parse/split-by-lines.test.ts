import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {createLineIndex, linesBetween} from '../../src/parse/source-lines.js'
import {isBlank, linesOf, splitByLines, textParagraphs} from '../../src/parse/split-by-lines.js'
import {removePositions, runPlugins} from './run-plugin.js'

describe('linesOf', () => {
  it('returns the source lines under a node', () => {
    const text = 'one\ntwo\n\nthree'
    const tree = runPlugins(text)
    expect(linesOf(tree.children[0]!, createLineIndex(text)).map((line) => line.text)).toEqual(['one', 'two'])
  })

  it('returns nothing for code, whose text is never re-read', () => {
    const text = '```\n| a |\n```'
    const tree = runPlugins(text)
    expect(linesOf(tree.children[0]!, createLineIndex(text))).toEqual([])
  })
})

describe('isBlank', () => {
  it('accepts lines of white space only', () => {
    expect(isBlank({text: ' \t', start: 0, end: 2})).toBe(true)
    expect(isBlank({text: ' x', start: 0, end: 2})).toBe(false)
  })
})

describe('textParagraphs', () => {
  it('makes one paragraph per stretch of non-blank lines, text sliced from the source', () => {
    const text = '*a*\nb\n\n  c_'
    const index = createLineIndex(text)
    const lines = linesBetween(index, 0, text.length)
    const paragraphs = textParagraphs(lines, index)
    expect(paragraphs.map((paragraph) => paragraph.children[0])).toMatchObject([
      {type: 'text', value: '*a*\nb'},
      {type: 'text', value: 'c_', position: {start: {line: 4, column: 3}, end: {line: 4, column: 5}}}
    ])
  })
})

describe('splitByLines', () => {
  it('builds accepted runs and keeps the other lines as paragraphs', () => {
    const text = 'before\n! one\n! two\nafter'
    const tree = runPlugins(text)
    splitByLines(tree, createLineIndex(text), (line) => line.text.startsWith('!'), (run) => [
      {type: 'thematicBreak', data: {hName: run.lines.map((line) => line.text).join('+')}}
    ])
    expect(removePositions(tree)).toEqual<Root>({
      type: 'root',
      children: [
        {type: 'paragraph', children: [{type: 'text', value: 'before'}]},
        {type: 'thematicBreak', data: {hName: '! one+! two'}},
        {type: 'paragraph', children: [{type: 'text', value: 'after'}]}
      ]
    })
  })

  it('leaves children without an accepted line untouched', () => {
    const text = 'just *prose*'
    const tree = runPlugins(text)
    const before = structuredClone(tree)
    splitByLines(tree, createLineIndex(text), () => false, () => [])
    expect(tree).toEqual(before)
  })
})
