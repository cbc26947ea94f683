import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseElection} from '../../src/parse-election.js'

/** Every article under `fixtures/`, as paths relative to it. */
async function articles(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(folder, {withFileTypes: true})) {
    const relative = path.join(prefix, entry.name)
    if (entry.isDirectory()) found.push(...(await articles(path.join(folder, entry.name), relative)))
    else if (entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'README.md') found.push(relative)
  }
  return found.sort()
}

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const paths = await articles(root)

describe('every fixture article', () => {
  it('is found', () => {
    expect(paths.length).toBeGreaterThan(0)
  })

  it.each(paths)('%s builds an election without an error message', async (relative) => {
    const file = new VFile({path: relative, value: await readFile(path.join(root, relative), 'utf8')})
    const {election} = parseElection(file)
    expect(election.messages.filter((message) => message.severity === 'error')).toEqual([])
  })
})
