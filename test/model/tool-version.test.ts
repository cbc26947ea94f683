import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {toolVersion} from '../../src/model/tool-version.js'

test('toolVersion is the version of package.json', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}
  expect(toolVersion).toBe(pkg.version)
})
