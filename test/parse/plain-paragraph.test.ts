import {describe, expect, it} from 'vitest'
import {plainParagraph} from '../../src/parse/plain-paragraph.js'
import {createLineIndex, linesBetween} from '../../src/parse/source-lines.js'

/** The paragraph of every line of `text`, positions as `line:column` pairs. */
function paragraphOf(text: string) {
  const index = createLineIndex(text)
  const node = plainParagraph(linesBetween(index, 0, text.length), index)
  const at = (point: {line: number; column: number} | undefined) => `${point?.line}:${point?.column}`
  return {
    span: [at(node.position?.start), at(node.position?.end)],
    children: node.children.map((child) => [child.type, 'value' in child ? child.value : null, at(child.position?.start), at(child.position?.end)])
  }
}

describe('plainParagraph', () => {
  it('drops leading and trailing white space from each line and keeps the last line\'s end', () => {
    expect(paragraphOf('- a\n  b\t\nc ')).toEqual({span: ['1:1', '3:3'], children: [['text', '- a\nb\nc', '1:1', '3:2']]})
  })

  it('makes a break of two trailing spaces before another line, not of a tab or at the end', () => {
    expect(paragraphOf('a  \nb \t\nc  ')).toEqual({
      span: ['1:1', '3:4'],
      children: [['text', 'a', '1:1', '1:2'], ['break', null, '1:2', '2:1'], ['text', 'b\nc', '2:1', '3:2']]
    })
  })
})
