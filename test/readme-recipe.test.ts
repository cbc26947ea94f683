/**
 * The README's unified recipe, run as written, builds the tree `parseElection` reads.
 */
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {expect, it} from 'vitest'
import {parseArticle} from '../src/parse/parse-article.js'

const readme = fileURLToPath(new URL('../README.md', import.meta.url))
const sample = fileURLToPath(new URL('../fixtures/articles/2004-north-carolina-democratic-caucuses/input.md', import.meta.url))
const sourceIndex = fileURLToPath(new URL('../src/index.ts', import.meta.url))
/** Inside the repository, so the recipe's imports resolve from its `node_modules`. */
const scratch = fileURLToPath(new URL('../node_modules/.cache/wikitally-readme-recipe/', import.meta.url))

/** A fenced `js` block of markdown, with its code. */
const jsBlock = /^```js\n([^`]*)^```$/gm

/** The README's `js` block that uses the preset. */
async function recipe(): Promise<string> {
  const text = await readFile(readme, 'utf8')
  const blocks = [...text.matchAll(jsBlock)].map((match) => match[1] ?? '')
  const found = blocks.filter((code) => code.includes('.use(remarkWikitally)'))
  expect(found).toHaveLength(1)
  return found[0] ?? ''
}

it('builds the same tree, positions included, as parseElection\'s parse of the sample', async () => {
  const code = await recipe()
  const text = await readFile(sample, 'utf8')
  // The recipe imports the published package; here it gets the sources it is built from.
  const module = [
    `const text = ${JSON.stringify(text)}`,
    code.replace(`from 'wikitally'`, `from ${JSON.stringify(pathToFileURL(sourceIndex).href)}`),
    'export {tree}'
  ].join('\n')
  await mkdir(scratch, {recursive: true})
  const file = path.join(scratch, `recipe-${process.pid}.ts`)
  await writeFile(file, module)
  let tree: unknown
  try {
    ;({tree} = (await import(pathToFileURL(file).href)) as {tree: unknown})
  } finally {
    await rm(file, {force: true})
  }
  const expected: Root = parseArticle(new VFile(text))
  expect(expected.children.map((node) => node.type)).toEqual(expect.arrayContaining(['heading', 'infobox', 'table']))
  expect(tree).toEqual(expected)
})
