/**
 * The registry of message ids against the sources that emit them, the docs and the fixtures.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {isRuleId, listRules, ruleRegistry} from '../../src/model/rule-registry.js'

const repository = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Where a source names an id it emits:
 *
 *     report(file, `Expected ...`, place, 'number-not-parsed')
 *     ...registeredRule('numbering-gap'),
 *     {file, ruleId: 'file-empty', reason}
 *     const unreadableRuleId: RuleId = 'file-unreadable'
 *
 * and every value of a table of ids (`{empty: 'file-empty', ...} satisfies Record<string, RuleId>`).
 */
const emitted = [
  /\breport\(file, .*, '([^']+)'\)$/gm,
  /\bregisteredRule\('([^']+)'\)/g,
  /\bruleId: '([^']+)'/g,
  /RuleId(?:: RuleId)? = '([^']+)'/g
]

/** A module holding a table of ids, and one value of it. */
const idTable = /satisfies Record<string, RuleId>/
const idTableValue = /^ {2}\w+: '([^']+)',?$/gm

/** Every `.ts` file under `folder`. */
function sources(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** The ids the sources name where they emit a message. */
function emittedIds(): Set<string> {
  const ids = new Set<string>()
  for (const file of sources(path.join(repository, 'src'))) {
    const text = readFileSync(file, 'utf8')
    const patterns = idTable.test(text) ? [...emitted, idTableValue] : emitted
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) ids.add(match[1] ?? '')
  }
  return ids
}

describe('ruleRegistry', () => {
  it('holds every id the sources emit, and no id that nothing emits', () => {
    expect([...emittedIds()].sort()).toEqual(Object.keys(ruleRegistry).sort())
  })

  it('has kebab-case ids and one-line descriptions', () => {
    for (const rule of listRules()) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(rule.description).not.toMatch(/\n|\.$/)
    }
  })

  it('keeps `error` for inputs from which no election is built', () => {
    const errors = listRules().filter((rule) => rule.severity === 'error').map((rule) => rule.stage)
    expect(new Set(errors)).toEqual(new Set(['input', 'cli']))
  })

  it('knows its ids and not inherited keys', () => {
    expect(isRuleId('row-shape')).toBe(true)
    expect(isRuleId('votes-total-mismatc')).toBe(false)
    expect(isRuleId('__proto__')).toBe(false)
  })

  it('has a section with an example in docs/rules.md for every id, in registry order', () => {
    const docs = readFileSync(path.join(repository, 'docs/rules.md'), 'utf8')
    const sections = [...docs.matchAll(/^## `([^`]+)`$/gm)].map((match) => match[1])
    expect(sections).toEqual(Object.keys(ruleRegistry))
    for (const section of docs.split(/^## /m).slice(1)) expect(section).toContain('```')
  })

  it('is listed in the README, id by id', () => {
    const readme = readFileSync(path.join(repository, 'README.md'), 'utf8')
    for (const id of Object.keys(ruleRegistry)) expect(readme).toContain(`\`${id}\``)
  })

  it('has a fixture folder for every id some input fires, and none for the others', () => {
    const folders = readdirSync(path.join(repository, 'fixtures/rules')).sort()
    expect(folders).toEqual(listRules().filter((rule) => rule.unfired === undefined).map((rule) => rule.id).sort())
    for (const rule of listRules()) {
      if (rule.unfired !== undefined) expect(existsSync(path.join(repository, 'fixtures/rules', rule.id))).toBe(false)
    }
  })
})
