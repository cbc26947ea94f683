import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {fromYaml} from '../../src/serialize/from-yaml.js'
import {toJson} from '../../src/serialize/to-json.js'
import {toWellFormed} from '../../src/serialize/to-well-formed.js'
import {toYaml} from '../../src/serialize/to-yaml.js'
import {hostileStrings} from './election-arbitrary.js'
import {compareWithPyYaml, hasPyYaml} from './py-yaml.js'
import {election, sampleElection} from './sample-election.js'
import {wellFormedStrings} from './well-formed-strings.js'

/** An election that carries `value` as its title. */
function titled(value: string): ReturnType<typeof election> {
  return election({title: value})
}

describe('toYaml', () => {
  test('writes one election as a mapping in schema order with a final newline', () => {
    const text = toYaml(election({title: 'John Edwards', year: 2004}))
    expect(text.startsWith('summary:\n  electionId: john-edwards\n  title: John Edwards\n')).toBe(true)
    expect(text).toContain('\ntitle: John Edwards\nname: null\ndate: null\nyear: 2004\n')
    expect(text.endsWith('\n')).toBe(true)
    expect(text).not.toContain('---')
  })

  test('writes several elections as a sequence in one document', () => {
    const text = toYaml([election({title: 'A'}), election({title: 'B'})])
    expect(text.startsWith('- summary:\n    electionId: a\n    title: A\n')).toBe(true)
    expect(parse(text)).toHaveLength(2)
  })

  test.each(['no', 'yes', 'on', 'off', 'y', 'null', '~', '2004-04-17', '0123', '1:30', '1_000', '.5', '0x1F', '='])(
    'double-quotes %j',
    (value) => {
      expect(toYaml(titled(value))).toContain(`title: "${value}"\n`)
    }
  )

  test('escapes control characters and Unicode line breaks inside double quotes', () => {
    expect(toYaml(titled('a\tb\u0000c\u2028d\u2029e\u0085f\u007fg'))).toContain('title: "a\\tb\\0c\\Ld\\Pe\\Nf\\x7fg"\n')
  })

  test('writes line breaks as escapes, never as a block scalar', () => {
    const text = toYaml(titled('line one\nline two is long enough to be folded by a library that folds\r\n'))
    expect(text).toContain('title: "line one\\nline two is long enough to be folded by a library that folds\\r\\n"\n')
  })

  test('replaces a lone surrogate by U+FFFD, since libyaml refuses its escape', () => {
    const text = toYaml(titled('a\ud800b\udc00'))
    expect(text).toContain('title: a\ufffdb\ufffd\n')
    expect(toWellFormed(text)).toBe(text)
  })

  test('gives exponent numbers a dot', () => {
    const text = toYaml(election({totals: {votes: 1e21, percent: 5e-7, delegates: null, electoralVotes: null, position: null}}))
    expect(text).toContain('  votes: 1.0e+21\n  percent: 5.0e-7\n')
  })

  test('writes no anchors or aliases for shared objects', () => {
    const shared = {name: 'X', year: 2000}
    expect(toYaml(election({previous: shared, next: shared}))).not.toMatch(/[&*]\w/)
  })

  test('writes a list as each election indented under `- `, so a list can be built from single elections', () => {
    const item = (text: string): string => '- ' + text.slice(0, -1).replaceAll('\n', '\n  ') + '\n'
    const hostile = election({title: 'a\nb', tables: [{section: null, caption: null, captionKind: null, header: [['no', '']], rows: [], notes: ['x\u2028y'], position: null}]})
    expect(toYaml([sampleElection, hostile])).toBe(item(toYaml(sampleElection)) + item(toYaml(hostile)))
  })

  test('is read back by fromYaml unchanged', () => {
    expect(fromYaml(toYaml(sampleElection))).toEqual([sampleElection])
    expect(fromYaml(toYaml([sampleElection, election()]))).toEqual([sampleElection, election()])
  })

  test('reads back as the JSON output in a YAML 1.1 reader too', () => {
    const elections = [sampleElection, ...hostileStrings.map(titled)]
    expect(parse(toYaml(elections), {version: '1.1'})).toEqual(JSON.parse(toJson(wellFormedStrings(elections))))
  })

  test.skipIf(!hasPyYaml())('reads back as the JSON output in PyYAML, hostile strings included', () => {
    const pairs = [sampleElection, ...hostileStrings.map(titled)].map(
      (item) => [toYaml(item), toJson(wellFormedStrings(item))] as const
    )
    expect(compareWithPyYaml(pairs, 'SafeLoader').filter((result) => result !== true)).toEqual([])
    expect(compareWithPyYaml(pairs, 'CSafeLoader').filter((result) => result !== true)).toEqual([])
  })
})
