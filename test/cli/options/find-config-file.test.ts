import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {findConfigFile} from '../../../src/cli/options/find-config-file.js'

const root = mkdtempSync(path.join(tmpdir(), 'wikitally-find-config-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))

/** Write `files` (relative path -> text) under a new folder named `name`; returns the folder. */
function tree(name: string, files: Record<string, string>): string {
  const folder = path.join(root, name)
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, relative)), {recursive: true})
    writeFileSync(path.join(folder, relative), text)
  }
  return folder
}

describe('findConfigFile', () => {
  it('finds the nearest config file from a nested folder upward', async () => {
    const folder = tree('nested', {'.wikitallyrc.json': '{"rules": {"numbering-gap": "off"}}', 'a/b/c/article.md': ''})
    const found = await findConfigFile(path.join(folder, 'a/b/c'), new Map())
    expect(found).toEqual({path: path.join(folder, '.wikitallyrc.json'), settings: {rules: {'numbering-gap': 'off'}, maxSize: null, to: null}})
  })

  it('reads YAML, and a package.json only through its wikitally key', async () => {
    const folder = tree('yaml', {
      '.wikitallyrc.yaml': 'rules:\n  row-shape: warning\nto: csv\n',
      'pkg/package.json': '{"name": "x"}',
      'keyed/package.json': '{"name": "x", "wikitally": {"maxSize": 100}}'
    })
    expect(await findConfigFile(path.join(folder, 'pkg'), new Map())).toMatchObject({path: path.join(folder, '.wikitallyrc.yaml'), settings: {to: 'csv'}})
    expect(await findConfigFile(path.join(folder, 'keyed'), new Map())).toMatchObject({settings: {maxSize: 100}})
  })

  it('takes the first name within a folder, and no settings from further up', async () => {
    const folder = tree('order', {
      '.wikitallyrc.json': '{"to": "yaml"}',
      'inner/.wikitallyrc.json': '{"to": "csv"}',
      'inner/.wikitallyrc.yaml': 'to: ndjson\n'
    })
    expect(await findConfigFile(path.join(folder, 'inner'), new Map())).toMatchObject({settings: {to: 'csv', maxSize: null}})
  })

  it('gives a problem, not a default, for a broken file', async () => {
    const folder = tree('broken', {'.wikitallyrc.json': '{"rules": '})
    const found = await findConfigFile(folder, new Map())
    expect(found).toMatchObject({path: path.join(folder, '.wikitallyrc.json')})
    expect(found && 'problem' in found ? found.problem : '').toMatch(/^Expected a config file in JSON, got `/)
  })

  it('looks a folder up once per cache', async () => {
    const folder = tree('cached', {'.wikitallyrc.json': '{}'})
    const cache = new Map()
    const first = findConfigFile(folder, cache)
    expect(findConfigFile(folder, cache)).toBe(first)
  })
})
