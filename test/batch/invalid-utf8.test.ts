/**
 * A batch places the parser's decoding warnings as a single article does.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {makeIo} from '../cli/make-io.js'

it('warns about an ill-formed UTF-8 byte at its line and column, and still converts the article', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-utf8-'))
  const article = Buffer.concat([
    Buffer.from('= 2004 Maine Democratic caucuses =\n\n| Candidate | Votes |\n| Ann '),
    Buffer.from([0xff]),
    Buffer.from(' Lee | 5 |\n')
  ])
  writeFileSync(path.join(folder, 'a.md'), article)
  writeFileSync(path.join(folder, 'b.md'), article)
  const made = makeIo(folder)
  expect(await run(['convert', 'a.md', 'b.md', '--to', 'ndjson', '--jobs', '1'], made.io)).toBe(0)
  expect(made.stderr()).toContain('a.md:4:7  warning  Expected UTF-8 text, got byte `0xFF`')
  expect(made.stdout().trimEnd().split('\n')).toHaveLength(2)
})
