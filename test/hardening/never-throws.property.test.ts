import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {inputRuleIds} from '../../src/cli/inputs/input-rule-ids.js'
import {loadInput} from '../../src/cli/inputs/load-input.js'
import {electionSchema} from '../../src/model/election.js'
import {parseElection, type ParsedElection} from '../../src/parse-election.js'
import {defaultMaxSize} from '../../src/parse/check-input-size.js'

/**
 * Cases in all (10,000 by default, split 40/30/30 over strings, bytes and mutated articles);
 * set `WIKITALLY_FUZZ_RUNS` for a longer hunt.
 */
const totalRuns = Number(process.env.WIKITALLY_FUZZ_RUNS ?? 10_000)

/** Time allowed for each property: a longer hunt gets longer (a mutated article takes ~1 ms). */
const timeout = Math.max(60_000, totalRuns * 5)

const articlesFolder = new URL('../../fixtures/articles/', import.meta.url)
const articles = readdirSync(articlesFolder).filter((name) => !name.includes('.')).map((name) => readFileSync(new URL(`${name}/input.md`, articlesFolder), 'utf8'))

/** Pieces of the scraped format and of markdown, so random text often looks like an article. */
const pieces = [
  '\n', '\n\n', '\r\n', '\r', ' ', '\t', '\u00A0', '\uFEFF', '\0', '\u202E', '\uD800', '|', '| ', ' |', '||', '=', '==', '= T =\n', '==Results==\n',
  'Infobox\n', '- ', '- Candidate1: ', '- Popular Vote1: ', '- Percentage1: ', ': ', '*', '**', '_', '>', '#', '`', '```', '~~~', '<div>',
  '[', ']', '(', ')', '[1]', '&amp;', '\\', '    ', 'style="x" |', 'Total', 'Candidate', 'Votes', '%', 'Delegates', 'John Kerry', '(withdrawn)',
  '9,093', '51.06', '100%', '-', '0', '1e400', 'NaN', 'April 17, 2004', '2004-04-17', '__proto__', 'constructor', 'é', '😀'
]

const articleLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 4})), {maxLength: 120}).map((parts) => parts.join(''))

/** One edit of an article's lines. */
type Mutation = (lines: string[], at: number, other: number) => string[]

const mutations: Mutation[] = [
  (lines, at) => lines.filter((_, index) => index !== at),
  (lines, at) => [...lines.slice(0, at + 1), ...lines.slice(at)],
  (lines, at, other) => lines.map((line, index) => (index === at ? lines[other] ?? line : index === other ? lines[at] ?? line : line)),
  (lines, at) => lines.map((line, index) => (index === at ? line.replaceAll('|', '') : line)),
  (lines, at, other) => lines.map((line, index) => (index === at ? swapCells(line, other) : line)),
  (lines, at, other) => lines.map((line, index) => (index === at ? line.slice(0, other % (line.length + 1)) : line)),
  (lines, at) => lines.map((line, index) => (index === at ? line.replace(/\d/g, 'O') : line))
]

/** Swap the cell at `seed` with its neighbour. */
function swapCells(line: string, seed: number): string {
  const cells = line.split('|')
  const at = seed % Math.max(cells.length - 1, 1)
  const [left, right] = [cells[at], cells[at + 1]]
  if (left === undefined || right === undefined) return line
  cells[at] = right
  cells[at + 1] = left
  return cells.join('|')
}

const mutatedArticle = fc.tuple(
  fc.constantFrom(...articles),
  fc.array(fc.tuple(fc.nat(mutations.length - 1), fc.nat(), fc.nat()), {minLength: 1, maxLength: 6})
).map(([article, edits]) => {
  let lines = article.split('\n')
  for (const [kind, at, other] of edits) lines = (mutations[kind] as Mutation)(lines, at % lines.length, other % lines.length)
  return lines.join('\n')
})

/**
 * What every input must give: an election the schema accepts, messages placed inside the
 * text, and no election beside an `error` (the one severity kept for "nothing could be read").
 */
function expectElectionOrFatal(parsed: ParsedElection, lineCount: number): void {
  electionSchema.parse(parsed.election)
  for (const message of parsed.election.messages) {
    if (message.line !== null) expect(message.line).toBeGreaterThanOrEqual(1)
    if (message.line !== null) expect(message.line).toBeLessThanOrEqual(lineCount)
  }
  if (parsed.election.messages.some((message) => message.severity === 'error')) expect(parsed.election.candidates).toEqual([])
}

/** Lines of `text` as the parser counts them (`\r\n`, `\r` and `\n` end a line). */
function countLines(text: string): number {
  return text.split(/\r\n|\r|\n/).length
}

describe('parseElection never throws', () => {
  it('on random article-like text', () => {
    fc.assert(fc.property(articleLike, (text) => {
      expectElectionOrFatal(parseElection(text), countLines(text))
    }), {numRuns: Math.round(totalRuns * 0.4)})
  }, timeout)

  it('on random bytes read through the CLI\'s input path', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 400}), (bytes) => {
      const loaded = loadInput({kind: 'text', value: bytes, shown: '<stdin>', sourceFile: '<stdin>', sourceId: null, content: 'article'}, {maxSize: defaultMaxSize})
      if ('failure' in loaded) expect(Object.values(inputRuleIds)).toContain(loaded.failure.ruleId)
      // Refused or not, the bytes also go to the parser as they are, which must cope.
      const file = 'failure' in loaded ? new VFile({path: '<stdin>', value: bytes}) : loaded.file
      const parsed = parseElection(file)
      expect(file.value).toBeTypeOf('string')
      expectElectionOrFatal(parsed, countLines(String(file.value)))
    }), {numRuns: Math.round(totalRuns * 0.3)})
  }, timeout)

  it('on real articles with lines dropped, doubled, swapped, cut or stripped of pipes', () => {
    fc.assert(fc.property(mutatedArticle, (text) => {
      expectElectionOrFatal(parseElection(new VFile({path: 'mutated.md', value: text})), countLines(text))
    }), {numRuns: Math.round(totalRuns * 0.3)})
  }, timeout)
})
