import {describe, expect, test} from 'vitest'
import type {ElectionTable} from '../../src/model/election.js'
import {MarkdownWriteError} from '../../src/serialize/markdown-write-error.js'
import {toMarkdown} from '../../src/serialize/to-markdown.js'
import {parseElection} from '../../src/parse-election.js'
import {election, sampleElection} from './sample-election.js'

/** A table with every field empty except those given. */
function table(fields: Partial<ElectionTable>): ElectionTable {
  return {section: null, caption: null, captionKind: null, header: [], rows: [], notes: [], position: null, ...fields}
}

/** The problems of the error `toMarkdown` throws. */
function problemsOf(input: Parameters<typeof toMarkdown>[0]): MarkdownWriteError['problems'] {
  try {
    toMarkdown(input)
  } catch (error) {
    if (error instanceof MarkdownWriteError) return error.problems
    throw error
  }
  throw new Error('Expected toMarkdown to throw')
}

describe('toMarkdown', () => {
  test('writes an edited vote, not the figure the kept table still holds', () => {
    const {election: read} = parseElection('= 2004 Idaho Democratic caucuses =\n\n==Results==\n| Candidate | Votes | % |\n| Eva Moss | 300 | 60% |\n| Sam Roy | 200 | 40% |\n| Total | 500 | 100% |\n')
    const [eva, sam] = read.candidates
    if (!eva || !sam) throw new Error('Expected two candidates')
    const edited = {...read, candidates: [eva, {...sam, votes: 250}], totals: {...read.totals, votes: 550}}
    const text = toMarkdown(edited)
    expect(text).toContain('| Sam Roy | 250 | 40 |')
    expect(text).toContain('| Total | 550 | 100 |')
    const again = parseElection(text).election
    expect(again.candidates.map((candidate) => candidate.votes)).toEqual([300, 250])
    expect(again.totals.votes).toBe(550)
  })

  test('keeps the article\'s own table when it reads back as the candidates', () => {
    const {election: read} = parseElection('= 2004 Idaho Democratic caucuses =\n\n==Results==\n| Candidate | Votes |\n| Eva Moss | 1,300 |\n')
    expect(toMarkdown(read)).toContain('| Eva Moss | 1,300 |')
  })

  test('refuses data the article cannot say, naming the field', () => {
    const {election: read} = parseElection('= 2004 Idaho Democratic caucuses =\n\n==Results==\n| Candidate | Votes |\n| Eva Moss | 300 |\n')
    expect(problemsOf({...read, stage: 'general'})).toEqual([
      {path: 'stage', reason: 'expected "general" to read back, got "caucus"'}
    ])
  })

  test('writes the title, a blank line, then the infobox lines', () => {
    const jurisdiction = {name: 'Delaware', code: 'DE', fips: '10'}
    const text = toMarkdown(election({title: 'T', jurisdiction, infobox: [{key: 'country', label: 'Country', value: 'Delaware', position: null}]}))
    expect(text).toBe('= T =\n\nInfobox\n- Country: Delaware\n')
  })

  test('humanizes the key of an entry without a label', () => {
    const text = toMarkdown(election({infobox: [{key: 'popular_vote1', label: '', value: '9,093', position: null}]}))
    expect(text).toBe('Infobox\n- Popular Vote1: 9,093\n')
  })

  test('writes an empty value as a bare label', () => {
    expect(toMarkdown(election({infobox: [{key: 'map', label: 'Map', value: '', position: null}]}))).toBe('Infobox\n- Map:\n')
  })

  test('writes a date line when the infobox has no election_date entry', () => {
    expect(toMarkdown(election({title: 'T', date: '2004-04-17', year: 2004}))).toBe('= T =\n\nElection date: April 17, 2004\n')
    expect(toMarkdown(election({date: '2004-04-17', year: 2004, infobox: [{key: 'election_date', label: 'Election Date', value: 'April 17', position: null}]}))).not.toContain('Election date:')
  })

  test('writes a section heading once per run of tables, lead tables first without one', () => {
    const text = toMarkdown(election({
      tables: [
        table({rows: [['a']]}),
        table({section: 'Results', rows: [['b']]}),
        table({section: 'Results', rows: [['c']]}),
        table({section: 'By county', rows: [['d']]})
      ]
    }))
    expect(text).toBe('| a |\n\n==Results==\n\n| b |\n\n| c |\n\n==By county==\n\n| d |\n')
  })

  test('writes header then body rows without a delimiter row, empty cells as `| |`', () => {
    const text = toMarkdown(election({tables: [table({header: [['County', 'Votes']], rows: [['Kent', ''], ['Total', '9']]})]}))
    expect(text).toBe('| County | Votes |\n| Kent | |\n| Total | 9 |\n')
    expect(text).not.toContain('---')
  })

  test('writes a caption line, then a blank line, above the table', () => {
    const text = toMarkdown(election({tables: [table({caption: 'Results[1]', captionKind: 'line', rows: [['a', '1']]})]}))
    expect(text).toBe('  - Results[1]**\n\n| a | 1 |\n')
  })

  test('writes a row caption as a first row padded to the table width', () => {
    const text = toMarkdown(election({tables: [table({caption: 'Results', captionKind: 'row', header: [['A', 'B', 'C']], rows: [['a']]})]}))
    expect(text).toBe('| Results | | |\n| A | B | C |\n| a |\n')
  })

  test('glues notes right under their table', () => {
    const text = toMarkdown(election({tables: [table({rows: [['a']], notes: ['*Withdrew before the caucus.', 'Key: x']}), table({rows: [['b']]})]}))
    expect(text).toBe('| a |\n*Withdrew before the caucus.\nKey: x\n\n| b |\n')
  })

  test('escapes nothing: `=`, `*`, `_` and `#` stay as written', () => {
    const text = toMarkdown(election({title: 'A * B_c #1', tables: [table({rows: [['=1', '**x**', '_y_']]})]}))
    expect(text).toBe('= A * B_c #1 =\n\n| =1 | **x** | _y_ |\n')
  })

  test('writes the sample as the article it came from', () => {
    expect(toMarkdown(sampleElection)).toContain('==Results==\n\n  - 2004 North Carolina Democratic presidential caucuses**\n\n| Candidate | Votes | % | Delegates |\n| John Edwards | 9,093 | 51.06 | 57 |\n')
  })

  test('refuses a pipe in a cell, naming the cell', () => {
    expect(problemsOf(election({tables: [table({rows: [['a', 'b|c']]})]}))).toEqual([
      {path: 'tables[0].rows[0][1]', reason: 'expected a cell without `|`, got "b|c"'}
    ])
  })

  test('refuses line breaks and edge spaces', () => {
    expect(problemsOf(election({title: 'a\nb', infobox: [{key: 'k', label: 'K', value: 'v ', position: null}]}))).toEqual([
      {path: 'title', reason: 'expected text on one line, got "a\\nb"'},
      {path: 'infobox[0].value', reason: 'expected text without space or tab at either end, got "v "'}
    ])
  })

  test('refuses a label with a colon and an unnamed entry', () => {
    const paths = problemsOf(election({infobox: [{key: 'a', label: 'A: B', value: '', position: null}, {key: '', label: '', value: 'x', position: null}]})).map((problem) => problem.path)
    expect(paths).toEqual(['infobox[0].label', 'infobox[1].key'])
  })

  test('refuses a lead table after a table under a heading', () => {
    const paths = problemsOf(election({tables: [table({section: 'Results', rows: [['a']]}), table({rows: [['b']]})]})).map((problem) => problem.path)
    expect(paths).toEqual(['tables[1].section'])
  })

  test('refuses an empty table, a note that reads as a row and a caption without kind', () => {
    const paths = problemsOf(election({tables: [table({caption: 'C', notes: ['| x |']})]})).map((problem) => problem.path)
    expect(paths).toEqual(['tables[0].captionKind', 'tables[0].rows', 'tables[0].notes[0]'])
  })

  test('says in its message what cannot be written', () => {
    expect(() => toMarkdown(election({title: '=x'}))).toThrow(/Cannot write the election as an article without losing data:\n {2}title: /)
  })
})

describe('toMarkdown counterexamples found by fast-check', () => {
  test('writes an infobox value ending in `**`, which the parser keeps as a value', () => {
    const text = toMarkdown(election({infobox: [{key: 'a', label: 'a', value: 'x**', position: null}]}))
    expect(parseElection(text).election.infobox.map((entry) => entry.value)).toEqual(['x**'])
  })

  test('refuses a value ending in a no-break space, which the parser trims', () => {
    expect(problemsOf(election({infobox: [{key: 'k', label: 'a', value: 'x\u00a0', position: null}]}))[0]?.path).toBe('infobox[0].value')
  })
})

describe('toMarkdown counterexamples found by fast-check in titles', () => {
  test('refuses a title that is only a byte order mark, which the parser trims away', () => {
    expect(problemsOf(election({title: '\ufeff'}))).toEqual([
      {path: 'title', reason: 'expected heading text without white space at either end, got "\ufeff"'}
    ])
  })
})

describe('toMarkdown counterexamples found by fast-check in tables', () => {
  test('refuses a first row that would read as a padded title row', () => {
    expect(problemsOf(election({tables: [table({rows: [['a', ''], ['', '']]})]}))).toEqual([
      {path: 'tables[0].rows[0]', reason: 'expected a first row that is not one text cell padded with empty cells, which reads as a title row, got "a | "'}
    ])
  })

  test('writes such a row when it is the caption row', () => {
    expect(toMarkdown(election({tables: [table({caption: 'a', captionKind: 'row', rows: [['', '']]})]}))).toBe('| a | |\n| | |\n')
  })
})
