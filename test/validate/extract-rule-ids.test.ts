import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {extractRuleIds} from '../../src/validate/extract-rule-ids.js'

/** `report(file, reason, place, 'row-shape', 'info')`: the id before the severity. */
const reportedId = /'([a-z]+(?:-[a-z]+)+)',\s*'(?:error|warning|info)'\)/g

describe('extractRuleIds', () => {
  it('lists every id the extract and parse stages report, so `--rule` accepts them', async () => {
    const ids = new Set<string>()
    for (const stage of ['src/extract', 'src/parse']) {
      const folder = fileURLToPath(new URL(`../../${stage}`, import.meta.url))
      for (const name of await readdir(folder)) {
        const text = await readFile(path.join(folder, name), 'utf8')
        for (const match of text.matchAll(reportedId)) if (match[1]) ids.add(match[1])
      }
    }
    expect([...ids].filter((id) => !(extractRuleIds as readonly string[]).includes(id))).toEqual([])
  })
})
