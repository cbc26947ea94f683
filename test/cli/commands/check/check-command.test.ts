import {readFileSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {checkHelp} from '../../../../src/cli/commands/check/check-help.js'
import {run} from '../../../../src/cli/run.js'
import type {Io} from '../../../../src/cli/io.js'
import {makeIo} from '../../make-io.js'

let root = ''

/** The seed article with a Total row misprinted, one that is clean, and the seed itself. */
const fixtures = {
  'seed.md': 'fixtures/rules/stage-mismatch/fires.md',
  'typo.md': 'fixtures/rules/votes-total-mismatch/fires.md',
  'clean.md': 'fixtures/articles/2004-michigan-democratic-caucuses/input.md',
  'articles/b.md': 'fixtures/articles/2004-michigan-democratic-caucuses/input.md',
  'articles/nested/a.txt': 'fixtures/articles/2004-michigan-democratic-caucuses/input.md'
} as const

/** `wikitally check ...argv`. */
async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  return run(['check', ...argv], io)
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wikitally-check-'))
  await mkdir(path.join(root, 'articles', 'nested'), {recursive: true})
  for (const [name, fixture] of Object.entries(fixtures)) await copyFile(fixture, path.join(root, name))
  await writeFile(path.join(root, 'broken.md'), '= Results never released =\n\nNo table.\n')
  await writeFile(path.join(root, 'articles', 'notes.json'), '{}\n')
})

describe('check', () => {
  it('reports findings at their lines in the vfile-reporter look and exits 0', async () => {
    const {io, stderr, stdout} = makeIo(root)
    expect(await runCheck(['seed.md'], io)).toBe(0)
    expect(stdout()).toBe('')
    expect(stderr()).toBe(
      [
        'seed.md',
        "  4:1-4:69    warning  Expected the election name to name the title's stage `caucus`, got `primary`                                                          stage-mismatch",
        '  18:1-18:40  warning  Expected the table and the infobox to agree on whether `John Edwards` withdrew, got withdrawn in the infobox only (not in the table)  withdrawn-mismatch',
        '  32:1-32:30  info     Expected infobox candidate number `3` next, got `4`                                                                                   numbering-gap',
        '  39:1-39:26  warning  Expected the table and the infobox to agree on whether `Howard Dean` withdrew, got withdrawn in the table only (not in the infobox)   withdrawn-mismatch',
        '',
        '3 warnings, 1 info',
        ''
      ].join('\n')
    )
  })

  it('exits 1 on a warning with --strict', async () => {
    const {io} = makeIo(root)
    expect(await runCheck(['--strict', 'seed.md'], io)).toBe(1)
  })

  it('exits 0 with --strict when only infos remain', async () => {
    const {io} = makeIo(root)
    expect(await runCheck(['--strict', '--rule', 'stage-mismatch=off', '--rule', 'withdrawn-mismatch=info', 'seed.md'], io)).toBe(0)
  })

  it('re-grades a rule with --rule', async () => {
    const {io, stderr} = makeIo(root)
    await runCheck(['--rule', 'numbering-gap=warning', '--rule', 'stage-mismatch=info', '--rule', 'withdrawn-mismatch=off', 'seed.md'], io)
    expect(stderr()).toMatch(/1 warning, 1 info\n$/)
    expect(stderr()).toMatch(/warning +Expected infobox candidate number/)
  })

  it('places a misprinted Total row on that row', async () => {
    const {io, stderr} = makeIo(root)
    await runCheck(['typo.md'], io)
    expect(stderr()).toContain("59:1-59:32  warning  Expected the Total row's votes to equal the rows' sum `17809`, got `17909`")
  })

  it('says a clean file has no issues, and --quiet hides it', async () => {
    const loud = makeIo(root)
    expect(await runCheck(['clean.md'], loud.io)).toBe(0)
    expect(loud.stderr()).toBe('clean.md: no issues found\n')
    const quiet = makeIo(root)
    await runCheck(['--quiet', 'clean.md', 'seed.md'], quiet.io)
    expect(quiet.stderr()).not.toContain('clean.md')
    expect(quiet.stderr()).toContain('seed.md')
  })

  it('walks folders for .md and .txt files, sorted', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['articles'], io)).toBe(0)
    expect(stderr()).toBe(`${path.join('articles', 'b.md')}: no issues found\n\n${path.join('articles', 'nested', 'a.txt')}: no issues found\n`)
  })

  it('names an unreadable file, still checks the others and exits 1', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['missing.md', 'clean.md'], io)).toBe(1)
    expect(stderr()).toMatch(/^missing\.md\n {2}1:1 {2}error {2}Expected a readable file or folder, got `ENOENT: no such file or directory[^`]*` {2}file-unreadable\n/)
    expect(stderr()).toContain('clean.md: no issues found')
  })

  it('exits 1 when no election could be built', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['--rule', 'no-results=error', 'broken.md'], io)).toBe(1)
    expect(stderr()).toMatch(/error {2}Expected a results table or infobox candidates, got neither {2}no-results/)
  })

  it('reads standard input for -', async () => {
    const {io, stderr} = makeIo(root, {stdin: readFileSync(path.join('fixtures', 'articles', '2004-michigan-democratic-caucuses', 'input.md'), 'utf8')})
    expect(await runCheck(['-'], io)).toBe(0)
    expect(stderr()).toBe('<stdin>: no issues found\n')
  })

  it('writes the JSON report to stdout in the vfile-reporter-json shape', async () => {
    const {io, stdout, stderr} = makeIo(root)
    expect(await runCheck(['--report', 'json', '--rule', 'withdrawn-mismatch=off', 'seed.md', 'clean.md'], io)).toBe(0)
    expect(stderr()).toBe('')
    expect(JSON.parse(stdout())).toEqual([
      {
        path: 'seed.md',
        messages: [
          {
            reason: "Expected the election name to name the title's stage `caucus`, got `primary`",
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 69,
            ruleId: 'stage-mismatch',
            source: 'wikitally',
            fatal: false,
            severity: 'warning'
          },
          {
            reason: 'Expected infobox candidate number `3` next, got `4`',
            line: 32,
            column: 1,
            endLine: 32,
            endColumn: 30,
            ruleId: 'numbering-gap',
            source: 'wikitally',
            fatal: null,
            severity: 'info'
          }
        ]
      },
      {path: 'clean.md', messages: []}
    ])
  })

  it('colours the human report only on a terminal without NO_COLOR', async () => {
    const tty = makeIo(root, {stderrIsTty: true})
    await runCheck(['seed.md'], tty.io)
    expect(tty.stderr()).toContain('\u001B[33mwarning\u001B[39m')
    const noColor = makeIo(root, {stderrIsTty: true, env: {NO_COLOR: '1'}})
    await runCheck(['seed.md'], noColor.io)
    expect(noColor.stderr()).not.toContain('\u001B[')
  })

  it.each([
    [['--rule', 'stage-mismatch=loud', 'seed.md'], 'expected `--rule` as ID=off|error|warning|info, got `stage-mismatch=loud`'],
    [['--rule', 'stage-mismatc=off', 'seed.md'], 'Expected a known rule id, got `stage-mismatc`; the ids are input-too-large, '],
    [['--report', 'xml', 'seed.md'], 'expected `--report` to be human or json, got `xml`'],
    [['--min-severity', 'loud', 'seed.md'], 'expected `--min-severity` to be error, warning, info, got `loud`'],
    [['--config', 'a.json', '--no-config', 'seed.md'], 'Expected one of --config and --no-config, got both'],
    [['--config', 'missing.json', 'seed.md'], 'Expected `--config missing.json` to name a config file, got none'],
    [['--rule', 'file-empty=off', 'seed.md'], 'Expected a rule id that a setting can change, got `file-empty`']
  ])('exits 2 on bad usage %j', async (argv, problem) => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(argv, io)).toBe(2)
    expect(stderr()).toContain(problem)
  })

  it('exits 1 on a warning with --frail, and 0 without', async () => {
    expect(await runCheck(['--frail', 'seed.md'], makeIo(root).io)).toBe(1)
    expect(await runCheck(['seed.md'], makeIo(root).io)).toBe(0)
  })

  it('shows errors only with --silent, leaving out files with hidden messages only', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['--silent', '--rule', 'no-results=error', 'seed.md', 'broken.md', 'clean.md'], io)).toBe(1)
    expect(stderr()).toMatch(/^broken\.md\n {2}1:1-1:27 {2}error {2}Expected a results table or infobox candidates, got neither {2}no-results\n\nclean\.md: no issues found\n\n1 error\n$/)
  })

  it('keeps the exit status of hidden messages: --frail fails on a warning --silent hides', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['--silent', '--frail', 'seed.md'], io)).toBe(1)
    expect(stderr()).toBe('')
  })

  it('shows messages of a minimum severity with --min-severity', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['--min-severity', 'warning', 'seed.md'], io)).toBe(0)
    expect(stderr()).toContain('stage-mismatch')
    expect(stderr()).not.toContain('numbering-gap')
    expect(stderr()).toMatch(/\n3 warnings\n$/)
  })

  it('leaves out files without shown messages with --quiet, in the JSON report too', async () => {
    const {io, stdout} = makeIo(root)
    expect(await runCheck(['--quiet', '--report', 'json', '--min-severity', 'error', 'seed.md', 'clean.md'], io)).toBe(0)
    expect(JSON.parse(stdout())).toEqual([])
  })

  it('reads standard input when no argument is given', async () => {
    const {io, stderr} = makeIo(root, {stdin: readFileSync(path.join('fixtures', 'articles', '2004-michigan-democratic-caucuses', 'input.md'), 'utf8')})
    expect(await runCheck([], io)).toBe(0)
    expect(stderr()).toBe('<stdin>: no issues found\n')
  })

  it('expands a glob, as convert does', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['--quiet', 'articles/**/*.txt'], io)).toBe(0)
    expect(stderr()).toBe('')
    expect(await runCheck(['articles/**/*.txt'], io)).toBe(0)
    expect(stderr()).toBe(`${path.join('articles', 'nested', 'a.txt')}: no issues found\n`)
  })

  it('prints its help', async () => {
    const {io, stdout} = makeIo(root)
    expect(await runCheck(['--help'], io)).toBe(0)
    expect(stdout()).toBe(checkHelp)
    expect(checkHelp).toContain('Usage: wikitally check [options]')
  })
})
