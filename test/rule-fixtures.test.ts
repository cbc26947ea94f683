/**
 * `fixtures/rules/ID/`: an input that fires the id and one that does not, for every id of the
 * registry that an input can fire.
 *
 * Each folder holds `fires.EXT` (`.md`, or `.ndjson` for a stream), `fires.expected.json`
 * (what the id reports on it, reviewed) and `silent.EXT`. Options come from the folder:
 * `options.json` (`parseElection` options) for the library's ids, `args.json` (extra
 * `wikitally convert` arguments) for the command line's.
 *
 * A missing or different `fires.expected.json` fails. To write them on purpose, run the tests
 * with WIKITALLY_WRITE_RULE_FIXTURES=1, then review the diff before committing it.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {run} from '../src/cli/run.js'
import {ruleRegistry, type RuleId} from '../src/model/rule-registry.js'
import {parseElection, type ParseElectionOptions} from '../src/parse-election.js'
import {makeIo} from './cli/make-io.js'

const write = process.env.WIKITALLY_WRITE_RULE_FIXTURES === '1'
const root = fileURLToPath(new URL('../fixtures/rules/', import.meta.url))

/** One finding of an id as data: an election message, or an input the command line refused. */
type Finding = {ruleId: string}

/** The JSON file `name` of `folder`, or `fallback` when there is none. */
function readJson<Value>(folder: string, name: string, fallback: Value): Value {
  const file = path.join(folder, name)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Value) : fallback
}

/** The file of `folder` named `stem` with any extension (`fires.md`, `fires.ndjson`). */
function inputNamed(folder: string, stem: 'fires' | 'silent'): string {
  const names = readdirSync(folder).filter((name) => name.startsWith(`${stem}.`) && !name.endsWith('.expected.json'))
  expect(names, `one ${stem} input in ${folder}`).toHaveLength(1)
  return names[0] ?? ''
}

/** What the library reports on the input `name` of `folder`. */
function libraryFindings(folder: string, name: string): Finding[] {
  const options = readJson<ParseElectionOptions>(folder, 'options.json', {})
  const file = new VFile({path: name, value: readFileSync(path.join(folder, name))})
  return parseElection(file, options).election.messages
}

/** `FILE:1:1  error  reason  rule-id`: the line naming an input the command refused (or, `info`, renamed). */
const failureLine = /^(.+):1:1 {2}(?:error|info) {2}(.+) {2}([a-z\d]+(?:-[a-z\d]+)*)$/gm

/** The inputs `wikitally convert` refuses when given the input `name` of `folder`. */
async function commandFindings(folder: string, name: string): Promise<Finding[]> {
  const args = readJson<string[]>(folder, 'args.json', [])
  const {io, stderr} = makeIo(folder)
  await run(['convert', name, '--jobs', '1', ...args], io)
  // A system reason names the file by its absolute path: keep the path within the folder.
  const text = stderr().replaceAll(folder + path.sep, '')
  return [...text.matchAll(failureLine)].map(([, file, reason, ruleId]) => ({file: file ?? '', ruleId: ruleId ?? '', reason: reason ?? ''}))
}

/** The findings of `id` on the input `stem` of its folder. */
async function findings(id: RuleId, stem: 'fires' | 'silent'): Promise<Finding[]> {
  const folder = path.join(root, id)
  const name = inputNamed(folder, stem)
  const all = ruleRegistry[id].stage === 'cli' ? await commandFindings(folder, name) : libraryFindings(folder, name)
  return all.filter((finding) => finding.ruleId === id)
}

const ids = readdirSync(root).filter((name): name is RuleId => Object.hasOwn(ruleRegistry, name)).sort()

describe('rule fixtures', () => {
  it('are folders named for registered ids', () => {
    expect(readdirSync(root).sort()).toEqual(ids)
  })

  describe.each(ids)('%s', (id) => {
    it('fires where fires.expected.json says', async () => {
      const golden = path.join(root, id, 'fires.expected.json')
      const actual = await findings(id, 'fires')
      if (write) writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n')
      expect(actual.length).toBeGreaterThan(0)
      expect(existsSync(golden), `missing ${golden}`).toBe(true)
      expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
    })

    it('stays silent on the silent input', async () => {
      expect(await findings(id, 'silent')).toEqual([])
    })
  })
})
