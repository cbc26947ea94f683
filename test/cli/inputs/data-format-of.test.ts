import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {dataFormatOf, opensNdjson} from '../../../src/cli/inputs/data-format-of.js'

/** Every article the fixtures hold: the corpus's inputs and the rules' examples. */
function fixtureArticles(): string[] {
  const found: string[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'README.md') found.push(full)
    }
  }
  walk('fixtures')
  return found
}

const golden = 'fixtures/articles/2004-alabama-democratic-primary/election'

describe('dataFormatOf', () => {
  const articles = fixtureArticles()

  it('finds the fixture articles', () => {
    expect(articles.length).toBeGreaterThan(100)
  })

  it.each(articles)('reads %s as an article', async (file) => {
    expect(await dataFormatOf(readFileSync(file, 'utf8'))).toBe('article')
  })

  it('reads a JSON election, or an array of them, as JSON', async () => {
    const json = readFileSync(`${golden}.json`, 'utf8')
    expect(await dataFormatOf(json)).toBe('json')
    expect(await dataFormatOf(`[${json}]`)).toBe('json')
    expect(await dataFormatOf(`\n  ${JSON.stringify(JSON.parse(json))}\n`)).toBe('json')
  })

  it('refuses broken JSON as data rather than reading it as an article', async () => {
    expect(await dataFormatOf('{\n  "title": "2004 Alabama",\n')).toBe('json')
  })

  it('reads election records and article records, one a line, as NDJSON', async () => {
    const record = JSON.stringify(JSON.parse(readFileSync(`${golden}.json`, 'utf8')))
    expect(await dataFormatOf(`${record}\n${record}\n`)).toBe('ndjson')
    expect(await dataFormatOf('{"id": "a", "text": "= A =\\n"}\n')).toBe('ndjson')
    expect(await dataFormatOf('{"text": "= A ="}\n{"text": "= B ="}')).toBe('ndjson')
  })

  it('reads a YAML election, or a sequence of them, as YAML', async () => {
    const yaml = readFileSync(`${golden}.yaml`, 'utf8')
    expect(await dataFormatOf(yaml)).toBe('yaml')
    expect(await dataFormatOf(`- ${yaml.replaceAll('\n', '\n  ')}`)).toBe('yaml')
    expect(await dataFormatOf('candidates:\n  - name: John Kerry\n')).toBe('yaml')
    expect(await dataFormatOf('title: A\nyear: 2004\n')).toBe('yaml')
  })

  it('reads a CSV that convert wrote as CSV, by its header', async () => {
    expect(await dataFormatOf(readFileSync(`${golden}.csv`, 'utf8'))).toBe('csv')
    expect(await dataFormatOf('\ufeffelection_id,title,candidate,votes\r\na,A,Kerry,1\r\n')).toBe('csv')
    expect(await dataFormatOf('election_id')).toBe('csv')
    expect(await dataFormatOf('election_id, title\n')).toBe('article')
    expect(await dataFormatOf('Candidate,Votes,election_id\n')).toBe('article')
  })

  it('reads the SQLite file header as a database', async () => {
    expect(await dataFormatOf('SQLite format 3\u0000\u0010\u0000')).toBe('sqlite')
    expect(await dataFormatOf('SQLite format 3 was released in 2004.\n')).toBe('article')
  })

  it('keeps text that only looks like keys an article', async () => {
    expect(await dataFormatOf('title: 2004 caucuses\n\nThe caucuses were held on March 2.\n')).toBe('article')
    expect(await dataFormatOf('Date: 2004\nTitle: A\n')).toBe('article')
    expect(await dataFormatOf('= A =\n\ncandidates: Kerry, Edwards\n\n| Candidate | Votes |\n')).toBe('article')
    expect(await dataFormatOf('[[link]] text\n')).toBe('article')
  })
})

describe('opensNdjson', () => {
  it('is true only when a whole first line is a JSON object', () => {
    expect(opensNdjson('{"text": "= A ="}\n{"te')).toBe(true)
    expect(opensNdjson('{"text": "= A =')).toBe(false)
    expect(opensNdjson('{\n  "title": null,\n')).toBe(false)
    expect(opensNdjson('= A =\n{"x": 1}\n')).toBe(false)
  })
})
