/**
 * The real-article fixture folders, for the tests that walk them.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Folder holding one folder per real article. */
export const articlesFolder = fileURLToPath(new URL('../fixtures/articles/', import.meta.url))

/** One real-article fixture. */
export interface ArticleFixture {
  /** Folder name, e.g. `2004-north-carolina-democratic-caucuses`. */
  slug: string
  /** Absolute folder path. */
  folder: string
  /** The article text. */
  input: string
}

/** Every article fixture, sorted by slug. */
export function articleFixtures(): ArticleFixture[] {
  return readdirSync(articlesFolder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const folder = path.join(articlesFolder, slug)
      return {slug, folder, input: readFileSync(path.join(folder, 'input.md'), 'utf8')}
    })
}
