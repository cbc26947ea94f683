import {readdir, readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {ElectionMessage} from '../../src/model/election.js'
import {parseElection} from '../../src/parse-election.js'
import {rules} from '../../src/validate/rules.js'

/** `fixtures/rules/<rule-id>/`: `fires.md`, `fires.expected.json` and `silent.md`. */
const root = new URL('../../fixtures/rules/', import.meta.url)

/** Read a fixture file of the folder `ruleId`. */
async function read(ruleId: string, name: string): Promise<string> {
  return readFile(fileURLToPath(new URL(`${ruleId}/${name}`, root)), 'utf8')
}

/** The messages of `ruleId` the whole pipeline places on `text`. */
function findings(text: string, ruleId: string): ElectionMessage[] {
  const {election} = parseElection(new VFile({value: text}))
  return election.messages.filter((message) => message.ruleId === ruleId)
}

const folders = (await readdir(root, {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name)

describe('rule fixtures', () => {
  it('exist for every rule', () => {
    expect(folders.sort()).toEqual(rules.map((rule) => rule.id).sort())
  })

  describe.each(folders)('%s', (ruleId) => {
    it('fires where fires.expected.json says, on the real article', async () => {
      const expected: unknown = JSON.parse(await read(ruleId, 'fires.expected.json'))
      const actual = findings(await read(ruleId, 'fires.md'), ruleId)
      expect(actual.length).toBeGreaterThan(0)
      expect(actual).toEqual(expected)
    })

    it('stays silent on silent.md', async () => {
      expect(findings(await read(ruleId, 'silent.md'), ruleId)).toEqual([])
    })
  })
})
