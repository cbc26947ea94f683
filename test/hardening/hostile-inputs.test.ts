import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseElection, type ParsedElection} from '../../src/parse-election.js'
import {inputExtentLimits, tableCellsOf} from '../../src/parse/check-input-extent.js'
import {defaultMaxSize} from '../../src/parse/check-input-size.js'
import {guardStackDepth} from '../../src/parse/guard-stack-depth.js'
import {maxRowCells} from '../../src/parse/remark-loose-table.js'

/** Rule ids of the messages, in order. */
function ruleIds(parsed: ParsedElection): string[] {
  return parsed.election.messages.map((message) => message.ruleId)
}

/** `count` numbered lines made by `line`, joined with `\n`. */
function lines(count: number, line: (at: number) => string): string {
  return Array.from({length: count}, (_, at) => line(at)).join('\n')
}

/** No election could be built, and the one message says why. */
function expectRefused(parsed: ParsedElection, ruleId: string): void {
  expect(parsed.election.candidates).toEqual([])
  expect(parsed.election.messages).toMatchObject([{ruleId, severity: 'error'}])
}

describe('parseElection on hostile input', () => {
  it('reads `=` and 20,000 tabs as a line that is no heading', () => {
    const parsed = parseElection('=' + '\t'.repeat(20_000))
    expect(parsed.election.title).toBeNull()
    expect(ruleIds(parsed)).toEqual(['no-results'])
  })

  it('reads 50,000 `=` as a line that is no heading', () => {
    const parsed = parseElection('='.repeat(50_000))
    expect(parsed.election.title).toBeNull()
    expect(ruleIds(parsed)).toEqual(['no-results'])
  })

  it('reads `- ` x 6,000 as a line, not 6,000 nested lists', () => {
    expect(ruleIds(parseElection('- '.repeat(6_000)))).toEqual(['no-results'])
  })

  it('reads `>` x 6,000 as a line, not 6,000 nested quotes', () => {
    expect(ruleIds(parseElection('>'.repeat(6_000)))).toEqual(['no-results'])
  })

  it('reads 6,000 lines of up to 150 nested `> ` and `- ` markers as text', () => {
    const text = lines(6_000, (at) => '> '.repeat(at % 100) + '- '.repeat(at % 50) + 'x')
    expect(ruleIds(parseElection(text))).toEqual(['no-results'])
  })

  it('reads `a**b` and `c*` x 40,000 as text, without resolving emphasis', () => {
    expect(ruleIds(parseElection('a**b' + 'c*'.repeat(40_000)))).toEqual(['no-results'])
  })

  it('reads `[a](b` x 40,000 as text, without resolving links', () => {
    expect(ruleIds(parseElection('[a](b'.repeat(40_000)))).toEqual(['no-results'])
  })

  it('reads 40,000 unclosed backtick runs as text', () => {
    expect(ruleIds(parseElection('`a``'.repeat(40_000)))).toEqual(['no-results'])
  })

  it(`reads 2 MiB of \`|\` on one line as the ${maxRowCells} cells its row keeps`, () => {
    expect(ruleIds(parseElection('|'.repeat(2 * 1024 * 1024)))).toEqual(['no-results', 'row-too-wide'])
  })

  it(`refuses more than ${inputExtentLimits.cells} table cells, counted as rows keep them`, () => {
    const row = '| | |\n'
    const rows = inputExtentLimits.cells / 2
    expect(ruleIds(parseElection(row.repeat(rows)))).toEqual(['no-results'])
    const refused = parseElection(row.repeat(rows + 1))
    expectRefused(refused, 'input-too-large')
    expect(refused.election.messages[0]?.reason).toBe(`Expected an input of at most \`${inputExtentLimits.cells}\` table cells, got \`${inputExtentLimits.cells + 2}\` (a larger size limit raises the cap)`)
  })

  it('counts the cells of each row as the parse reads them, none for `|` in prose', () => {
    expect(tableCellsOf('a | b | c\n  | a | b |\n| a | b\n|\n||\n| a | \t\n')).toBe(2 + 2 + 0 + 1 + 1)
    expect(tableCellsOf('|'.repeat(1_000))).toBe(maxRowCells)
  })

  it(`reads a row of 100,000 empty cells as ${maxRowCells}, the last standing for the rest, and says so`, () => {
    const parsed = parseElection('|'.repeat(100_001))
    expect(parsed.election.tables[0]?.header.concat(parsed.election.tables[0].rows).flat()).toHaveLength(maxRowCells)
    expect(parsed.election.messages).toMatchObject([
      {ruleId: 'no-results'},
      {ruleId: 'row-too-wide', line: 1, column: maxRowCells + 1, endLine: 1, endColumn: 100_001}
    ])
  })

  it('keeps the text of the cells past the widest row, as written, in its last cell', () => {
    const text = '| Candidate | Votes |\n| A | 1 ' + '| '.repeat(200) + '| x | | y |\n'
    const parsed = parseElection(text)
    expect(parsed.election.tables[0]?.rows[0]?.at(-1)).toBe('x | | y')
    expect(parsed.election.candidates).toMatchObject([{name: 'A', votes: 1}])
  })

  it('reads a 100,000-row table into 100,000 candidates when `maxSize` allows its cells', () => {
    const text = '| Candidate | Votes | % |\n' + lines(100_000, (at) => `| Name ${at} | ${at} | 0.001 |`)
    expectRefused(parseElection(text), 'input-too-large')
    const parsed = parseElection(text, {maxSize: 4 * defaultMaxSize})
    expect(parsed.election.candidates).toHaveLength(100_000)
    expect(parsed.election.candidates.at(-1)).toMatchObject({name: 'Name 99999', votes: 99_999, percent: 0.001})
  })

  it('reads a 150,000-row table without spreading its rows into a call', () => {
    const parsed = parseElection('| Candidate | Votes |\n' + '| A | 1 |\n'.repeat(150_000), {maxSize: 4 * defaultMaxSize})
    expect(parsed.election.candidates).toHaveLength(150_000)
  })

  it('reads a header of 40,000 names over 80,000 columns without searching every placement', () => {
    const text = '| Candidate ' + '| Votes '.repeat(40_000) + '|\n' + '| A ' + '| 1 '.repeat(80_000) + '|\n'
    const parsed = parseElection(text)
    expect(parsed.election.candidates).toMatchObject([{name: 'A', votes: 1}])
  })

  it('reads a two-row header of as many groups as a row holds', () => {
    const groups = (maxRowCells - 2) / 2
    const text = '| Candidate ' + '| Group '.repeat(groups) + '|\n| ' + '| Votes | % '.repeat(groups) + '|\n| A ' + '| 1 | 2 '.repeat(groups) + '|\n'
    const parsed = parseElection(text)
    expect(parsed.election.tables[0]?.header).toHaveLength(2)
    expect(parsed.election.candidates).toMatchObject([{name: 'A'}])
  })

  it('reads a 100,000-line infobox into 100,000 entries', () => {
    const text = '= T =\n\nInfobox\n' + lines(100_000, (at) => `- Candidate${at}: Name ${at}`)
    const parsed = parseElection(text)
    expect(parsed.election.infobox).toHaveLength(100_000)
    // Numbers have at most three digits: `Candidate1000` is no candidate.
    expect(parsed.election.candidates).toHaveLength(1_000)
  })

  it('reads 150,000 heading lines in one paragraph without spreading them into a call', () => {
    const parsed = parseElection('==a==\n'.repeat(150_000))
    expect(ruleIds(parsed)).toEqual(['no-results'])
  })

  it(`refuses more than ${inputExtentLimits.lines} lines`, () => {
    expectRefused(parseElection('\n'.repeat(inputExtentLimits.lines)), 'input-too-large')
    expect(ruleIds(parseElection('\n'.repeat(inputExtentLimits.lines - 1)))).toEqual(['no-results'])
  })

  it('reads more lines under an explicit `maxSize` above the default, in proportion', () => {
    const text = '\n'.repeat(inputExtentLimits.lines)
    expectRefused(parseElection(text, {maxSize: defaultMaxSize}), 'input-too-large')
    expect(ruleIds(parseElection(text, {maxSize: 2 * defaultMaxSize}))).toEqual(['no-results'])
    expectRefused(parseElection('\n'.repeat(2 * inputExtentLimits.lines), {maxSize: 2 * defaultMaxSize}), 'input-too-large')
    expect(ruleIds(parseElection('||\n'.repeat(inputExtentLimits.cells + 1), {maxSize: 2 * defaultMaxSize}))).not.toContain('input-too-large')
  })

  it('refuses text over the default size of 8 MiB, naming both sizes', () => {
    const parsed = parseElection('a'.repeat(defaultMaxSize + 1))
    expectRefused(parsed, 'input-too-large')
    expect(parsed.election.messages[0]?.reason).toBe('Expected an input of at most `8388608` bytes, got `8388609` bytes')
  })

  it('counts the size in UTF-8 bytes, and honours `maxSize`', () => {
    expectRefused(parseElection('é'.repeat(6), {maxSize: 11}), 'input-too-large')
    expect(ruleIds(parseElection('é'.repeat(6), {maxSize: 12}))).toEqual(['no-results'])
    expectRefused(parseElection(new VFile({value: new Uint8Array(13)}), {maxSize: 12}), 'input-too-large')
  })

  it('keeps the refused input\'s path in the empty election', () => {
    const parsed = parseElection(new VFile({path: 'big.md', value: 'a'.repeat(20)}), {maxSize: 10})
    expect(parsed.election.sourceFile).toBe('big.md')
    expect(parsed.messages[0]?.file).toBe('big.md')
  })
})

describe('guardStackDepth', () => {
  const recurse = (depth: number): number => recurse(depth + 1) + 1

  it('turns a stack overflow into an input-too-deep error and the fallback', () => {
    const file = new VFile()
    expect(guardStackDepth(file, () => recurse(0), () => -1)).toBe(-1)
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['input-too-deep', true]])
  })

  it('rethrows any other error: that is a bug', () => {
    expect(() => guardStackDepth(new VFile(), () => { throw new RangeError('Invalid array length') }, () => 0)).toThrow('Invalid array length')
  })
})
