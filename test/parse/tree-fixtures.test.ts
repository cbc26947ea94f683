/**
 * Parse-tree fixtures: `test/fixtures/NAME/input.md` and the reviewed tree the preset builds
 * of it, positions included, in `tree.json`. A plugin regression shows up as a tree diff.
 *
 * A missing or different `tree.json` fails. To write trees on purpose, run the tests with
 * WIKITALLY_WRITE_TREES=1, then review the diff before committing it.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkParse from 'remark-parse'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {remarkWikitally} from '../../src/parse/remark-wikitally.js'

const write = process.env.WIKITALLY_WRITE_TREES === '1'
const root = fileURLToPath(new URL('../fixtures/', import.meta.url))
const folders = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

/** `remarkWikiHeading` -> `wiki-heading`: the fixture folder named for a plugin. */
function folderOf(plugin: Plugin): string {
  return plugin.name.replace(/^remark/, '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).slice(1)
}

describe('tree fixtures', () => {
  it('exist for every plugin of the preset and for the sample article', () => {
    const plugins = (remarkWikitally.plugins ?? []).map((plugin) => folderOf(plugin as Plugin))
    expect(folders).toEqual(expect.arrayContaining([...plugins, 'sample']))
  })

  describe.each(folders)('%s', (name) => {
    it('parses input.md to tree.json', () => {
      const file = new VFile({path: 'input.md', value: readFileSync(path.join(root, name, 'input.md'), 'utf8')})
      const processor = unified().use(remarkParse).use(remarkWikitally)
      const actual = JSON.stringify(processor.runSync(processor.parse(file), file), null, 2) + '\n'
      const expected = path.join(root, name, 'tree.json')
      if (write) writeFileSync(expected, actual)
      expect(existsSync(expected), `missing ${expected}`).toBe(true)
      expect(actual).toBe(readFileSync(expected, 'utf8'))
    })
  })
})
