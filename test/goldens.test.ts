/**
 * Reviewed outputs of every real article in every format.
 *
 * A missing or different golden fails. To write goldens on purpose, run the tests with
 * WIKITALLY_WRITE_GOLDENS=1, then review the diff before committing it.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseElection} from '../src/parse-election.js'
import {toCsv} from '../src/serialize/to-csv.js'
import {toJson} from '../src/serialize/to-json.js'
import {toYaml} from '../src/serialize/to-yaml.js'
import {articleFixtures} from './article-fixtures.js'

const write = process.env.WIKITALLY_WRITE_GOLDENS === '1'

/** Golden file names and how each is written. */
const formats = {
  'election.json': toJson,
  'election.yaml': toYaml,
  'election.csv': (election: Parameters<typeof toJson>[0]) => toCsv(election)
} as const

describe('goldens', () => {
  for (const fixture of articleFixtures()) {
    const {election} = parseElection(new VFile({path: 'input.md', value: fixture.input}))
    for (const [name, serialize] of Object.entries(formats)) {
      it(`${fixture.slug}/${name} is the reviewed output`, () => {
        const golden = path.join(fixture.folder, name)
        const actual = serialize(election)
        if (write) writeFileSync(golden, actual)
        expect(existsSync(golden), `missing golden ${golden}`).toBe(true)
        expect(actual).toBe(readFileSync(golden, 'utf8'))
      })
    }
  }
})
