/**
 * `convert --from ndjson`: text records in, elections out, in a pipeline.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {makeIo} from '../cli/make-io.js'

const seed = readFileSync('fixtures/articles/2004-north-carolina-democratic-caucuses/input.md', 'utf8')
const records = [
  JSON.stringify({id: 'nc/2004', text: seed}),
  'oops',
  JSON.stringify({text: '= Nothing here ='}),
  JSON.stringify({id: '../../escape', text: seed})
].join('\n') + '\n'

describe('convert --from ndjson', () => {
  it('converts each record in order, names the bad ones, and exits 1', async () => {
    const {io, stdout, stderr} = makeIo(process.cwd(), {stdin: records})
    expect(await run(['convert', '--from', 'ndjson', '--to', 'ndjson', '--jobs', '1'], io)).toBe(1)
    // Records in, records out: a bad record keeps its place as an error line.
    const lines = stdout().trimEnd().split('\n').map((line) => JSON.parse(line) as {sourceFile?: string; error?: {ruleId: string}})
    expect(lines.map((line) => line.error?.ruleId ?? line.sourceFile)).toEqual(['nc/2004', 'record-invalid', 'no-election', '../../escape'])
    expect(stderr()).toContain('<stdin>#2:1:1  error  Expected a JSON object: an election, or an article with a string `text` field, got `oops` (not JSON)  record-invalid')
    expect(stderr()).toContain('<stdin>#3:1:1  error  Expected an election (a results table or infobox candidates), got none  no-election')
    expect(stderr()).toMatch(/wikitally convert: 4 articles, 2 failed, 12 rows, \d+ warnings in /)
  })

  it('writes a JSON array even for one record', async () => {
    const {io, stdout} = makeIo(process.cwd(), {stdin: JSON.stringify({text: seed}) + '\n'})
    expect(await run(['convert', '--from', 'ndjson', '-q'], io)).toBe(0)
    expect(JSON.parse(stdout())).toHaveLength(1)
  })

  it('refuses an unknown --from and --jobs 0 as usage errors', async () => {
    expect(await run(['convert', '--from', 'xml'], makeIo(process.cwd()).io)).toBe(2)
    expect(await run(['convert', '--jobs', '0'], makeIo(process.cwd()).io)).toBe(2)
  })
})
