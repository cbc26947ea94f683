import fc from 'fast-check'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {formatLineRuns} from '../../src/parse/format-lines.js'
import {isPlainLine, proseStretches} from '../../src/parse/prose-stretches.js'
import {remarkFlatSyntax} from '../../src/parse/remark-flat-syntax.js'
import {remarkProseOnly} from '../../src/parse/remark-prose-only.js'
import {createLineIndex, linesBetween} from '../../src/parse/source-lines.js'

const markdown = unified().use(remarkParse).use(remarkFlatSyntax).freeze()
const proseOnly = unified().use(remarkParse).use(remarkFlatSyntax).use(remarkProseOnly).freeze()

/** The lines of `text`. */
function linesOf(text: string) {
  const index = createLineIndex(text)
  return linesBetween(index, 0, text.length)
}

/** Which lines of `text` each stretch holds, as `plain` or `markdown` with the texts. */
function stretchesOf(text: string): Array<[string, string[]]> {
  return proseStretches(linesOf(text)).map((stretch) => [stretch.plain ? 'plain' : 'markdown', stretch.lines.map((line) => line.text)])
}

/** Lines that open, close or continue every block markdown has, and plain text around them. */
const lineKinds = [
  'a', 'b c', '  a', '   a b', '    a', '\ta', ' \ta', 'a  ', 'a   ', 'a\t', 'a \t ', 'a  \t', ' ', '', '\t',
  '```', '``` js', '```a`', '~~~', '~~~~', '   ```', '    ```', '````', ' ~~~ ', '<!--', '-->', 'a -->',
  '<!-- x -->', '<!-->', '<script>', '</script>', '<pre x>', 'x </pre>', '<?', '?>', '<!DOCTYPE', '>',
  '<![CDATA[', ']]>', '<div>', '<a>', '# h', '#', '***', '---', '===', '- a', '==a', '* a', '+ a',
  '1. a', '> q', '_ _ _', 'a\\', '- - a', '=a='
]

describe('isPlainLine', () => {
  it('accepts text, list-like and heading-like lines that markdown reads as paragraph text', () => {
    expect(['a', '  b', '- a', '==a', '* a', '1. a', 'a  ', '=a'].map((text) => isPlainLine({text, start: 0, end: text.length}))).toEqual(
      [true, true, true, true, true, true, true, true]
    )
  })

  it('rejects lines that may start another block, tabs and code indents', () => {
    expect(['# h', '```', '~~~', '<div>', '> q', '***', '---', '===', '- - -', '    a', '\ta', ''].some((text) => isPlainLine({text, start: 0, end: text.length}))).toBe(false)
  })
})

describe('proseStretches', () => {
  it('keeps paragraphs of plain lines apart and gives the rest to markdown, with the blank lines after it', () => {
    expect(stretchesOf('a\n- b\n\n# h\nc\n\nd')).toEqual([
      ['plain', ['a', '- b']],
      ['markdown', ['# h', 'c', '']],
      ['plain', ['d']]
    ])
  })

  it('gives markdown every line of an open fence or HTML comment, blank lines and all', () => {
    expect(stretchesOf('a\n```\n\nb\n~~~\n````\n\nc')).toEqual([
      ['markdown', ['a', '```', '', 'b', '~~~', '````', '']],
      ['plain', ['c']]
    ])
    expect(stretchesOf('<!--\n\nb\n-->\nc')).toEqual([['markdown', ['<!--', '', 'b', '-->']], ['plain', ['c']]])
  })

  it('gives markdown the rest when HTML ends on its own line', () => {
    expect(stretchesOf('<!-- x -->\n\nb')).toEqual([['markdown', ['<!-- x -->', '', 'b']]])
  })

  it('leads to the same tree as markdown alone, on any mix of block syntax', () => {
    const document = fc.array(fc.constantFrom(...lineKinds), {minLength: 1, maxLength: 12}).map((lines) => lines.join('\n'))
    fc.assert(
      fc.property(document, (text) => {
        // Only prose: format lines are read by the plugins, not by markdown.
        // Only prose, from its first line to its last: format lines are read by the plugins,
        // and a prose run ends at its last non-blank line.
        const runs = formatLineRuns(createLineIndex(text))
        fc.pre(runs.length === 1 && runs[0]?.format === false && runs[0].start === 0 && runs[0].end === text.length)
        const expected = markdown.parse(new VFile(text)) as Root
        const actual = proseOnly.parse(new VFile(text)) as Root
        expect(actual.children).toEqual(expected.children)
      }),
      {numRuns: Number(process.env.PROSE_RUNS ?? 2000)}
    )
  })
})
