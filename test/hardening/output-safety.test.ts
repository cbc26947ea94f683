import {parse as parseCsv} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {parseElection} from '../../src/parse-election.js'
import {toCsv} from '../../src/serialize/to-csv.js'
import {toJson} from '../../src/serialize/to-json.js'
import {toNdjson} from '../../src/serialize/to-ndjson.js'
import {toYaml} from '../../src/serialize/to-yaml.js'

/** Names a spreadsheet would run, or a terminal or a YAML reader would misread. */
const hostileNames = ['=HYPERLINK("http://x")', '+SUM(1)', '-2+3', '@cmd', 'A\u2028B', 'C\u0085D\u0007E', '\uD800lone', 'yes', '0x1F', '~']

const article = [
  '= 2004 Testland Democratic presidential primary =',
  '',
  '| Candidate | Votes |',
  ...hostileNames.map((name, at) => `| ${name} | ${100 - at} |`)
].join('\n')

const {election} = parseElection(article)

/** Whether `text` holds a lone surrogate, which no UTF-8 encoder can write. */
function hasLoneSurrogate(text: string): boolean {
  return new TextDecoder().decode(new TextEncoder().encode(text)) !== text
}

/** The data as every format must give it back: raw cells, and names as extracted. */
const expected = {rows: election.tables[0]?.rows, names: election.candidates.map((candidate) => candidate.name)}

/** The same from output read back. */
function readBack(data: unknown) {
  const parsed = data as {tables: Array<{rows: string[][]}>; candidates: Array<{name: string}>}
  return {rows: parsed.tables[0]?.rows, names: parsed.candidates.map((candidate) => candidate.name)}
}

/** `expected` with lone surrogates replaced, as YAML must write them. */
const wellFormed = JSON.parse(JSON.stringify(expected).replaceAll('\\ud800', '\uFFFD')) as typeof expected

describe('hostile names parsed from an article', () => {
  it('are read as data: formulas, controls and a lone surrogate kept in the raw cells', () => {
    expect(expected.rows?.map((row) => row[0])).toEqual(hostileNames)
    expect(expected.names).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', '+SUM(1)', '@cmd', '\uD800lone']))
  })

  it('come out of JSON and NDJSON escaped, and read back the same', () => {
    for (const text of [toJson(election), toNdjson([election])]) {
      expect(hasLoneSurrogate(text)).toBe(false)
      expect(readBack(JSON.parse(text))).toEqual(expected)
    }
    expect(toNdjson([election]).trimEnd()).not.toMatch(/[\u2028\u2029\n]/)
  })

  it('come out of YAML read the same by YAML 1.1 and 1.2 readers, a lone surrogate replaced', () => {
    const text = toYaml(election)
    expect(hasLoneSurrogate(text)).toBe(false)
    expect(readBack(parseYaml(text, {version: '1.1'}))).toEqual(wellFormed)
    expect(readBack(parseYaml(text, {version: '1.2'}))).toEqual(wellFormed)
  })

  it('come out of CSV with no cell a spreadsheet would run', () => {
    const text = toCsv([election])
    expect(hasLoneSurrogate(text)).toBe(false)
    const rows = parseCsv(text, {columns: true}) as Array<Record<string, string>>
    expect(rows.map((row) => row.candidate).filter((cell) => /^[=+\-@\t\r]/.test(cell ?? ''))).toEqual([])
  })
})
