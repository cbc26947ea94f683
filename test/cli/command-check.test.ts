import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {checkHelp} from '../../src/cli/check-help.js'
import {runCheck} from '../../src/cli/run-check.js'
import {fakeParser} from './fake-parser.js'
import {makeIo} from './make-io.js'

let root = ''

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wikitally-check-'))
  await mkdir(path.join(root, 'articles', 'nested'), {recursive: true})
  await writeFile(path.join(root, 'seed.md'), 'seed\n')
  await writeFile(path.join(root, 'typo.md'), '| Total | 17,909 | 100% | 107 |\n')
  await writeFile(path.join(root, 'clean.md'), 'clean\n')
  await writeFile(path.join(root, 'broken.md'), 'fatal\n')
  await writeFile(path.join(root, 'articles', 'b.md'), 'clean\n')
  await writeFile(path.join(root, 'articles', 'nested', 'a.txt'), 'clean\n')
  await writeFile(path.join(root, 'articles', 'notes.json'), '{}\n')
})

describe('check', () => {
  it('reports findings at their lines in the vfile-reporter look and exits 0', async () => {
    const {io, stderr, stdout} = makeIo(root)
    expect(await runCheck(['seed.md'], io, fakeParser)).toBe(0)
    expect(stdout()).toBe('')
    expect(stderr()).toBe(
      [
        'seed.md',
        "  4:1-4:69    warning  Expected the election name to name the title's stage `caucus`, got `primary`  stage-mismatch",
        '  32:1-32:30  info     Expected infobox candidate number `3` next, got `4`                           numbering-gap',
        '',
        '1 warning, 1 info',
        ''
      ].join('\n')
    )
  })

  it('exits 1 on a warning with --strict', async () => {
    const {io} = makeIo(root)
    expect(await runCheck(['--strict', 'seed.md'], io, fakeParser)).toBe(1)
  })

  it('exits 0 with --strict when only infos remain', async () => {
    const {io} = makeIo(root)
    expect(await runCheck(['--strict', '--rule', 'stage-mismatch=off', 'seed.md'], io, fakeParser)).toBe(0)
  })

  it('re-grades a rule with --rule', async () => {
    const {io, stderr} = makeIo(root)
    await runCheck(['--rule', 'numbering-gap=warning', '--rule', 'stage-mismatch=info', 'seed.md'], io, fakeParser)
    expect(stderr()).toMatch(/1 warning, 1 info\n$/)
    expect(stderr()).toMatch(/warning +Expected infobox candidate number/)
  })

  it('places a misprinted Total row on that row', async () => {
    const {io, stderr} = makeIo(root)
    await runCheck(['typo.md'], io, fakeParser)
    expect(stderr()).toContain("59:1-59:21  warning  Expected the Total row's votes to equal the rows' sum `17809`, got `17909`")
  })

  it('says a clean file has no issues, and --quiet hides it', async () => {
    const loud = makeIo(root)
    expect(await runCheck(['clean.md'], loud.io, fakeParser)).toBe(0)
    expect(loud.stderr()).toBe('clean.md: no issues found\n')
    const quiet = makeIo(root)
    await runCheck(['--quiet', 'clean.md', 'seed.md'], quiet.io, fakeParser)
    expect(quiet.stderr()).not.toContain('clean.md')
    expect(quiet.stderr()).toContain('seed.md')
  })

  it('walks folders for .md and .txt files, sorted', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['articles'], io, fakeParser)).toBe(0)
    expect(stderr()).toBe(`${path.join('articles', 'b.md')}: no issues found\n\n${path.join('articles', 'nested', 'a.txt')}: no issues found\n`)
  })

  it('names an unreadable file, still checks the others and exits 1', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['missing.md', 'clean.md'], io, fakeParser)).toBe(1)
    expect(stderr()).toMatch(/^missing\.md\n {2}1:1 {2}error {2}Expected a readable file, got `ENOENT: no such file or directory[^`]*` {2}file-unreadable\n/)
    expect(stderr()).toContain('clean.md: no issues found')
  })

  it('exits 1 when no election could be built', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(['broken.md'], io, fakeParser)).toBe(1)
    expect(stderr()).toContain('error  Expected an article, got `fatal`  no-results')
  })

  it('reads standard input for -', async () => {
    const {io, stderr} = makeIo(root, {stdin: 'clean\n'})
    expect(await runCheck(['-'], io, fakeParser)).toBe(0)
    expect(stderr()).toBe('<stdin>: no issues found\n')
  })

  it('writes the JSON report to stdout in the vfile-reporter-json shape', async () => {
    const {io, stdout, stderr} = makeIo(root)
    expect(await runCheck(['--report', 'json', 'seed.md', 'clean.md'], io, fakeParser)).toBe(0)
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
    await runCheck(['seed.md'], tty.io, fakeParser)
    expect(tty.stderr()).toContain('\u001B[33mwarning\u001B[39m')
    const noColor = makeIo(root, {stderrIsTty: true, env: {NO_COLOR: '1'}})
    await runCheck(['seed.md'], noColor.io, fakeParser)
    expect(noColor.stderr()).not.toContain('\u001B[')
  })

  it.each([
    [['--rule', 'stage-mismatch=loud', 'seed.md'], 'expected `--rule` as ID=off|error|warning|info, got `stage-mismatch=loud`'],
    [['--rule', 'stage-mismatc=off', 'seed.md'], 'Expected a known rule id, got `stage-mismatc`; the ids are input-too-large, '],
    [['--report', 'xml', 'seed.md'], 'expected `--report` to be human or json, got `xml`'],
    [[], 'expected a FILE, a DIR or - (standard input)'],
    [['--frail', 'seed.md'], "Unknown option '--frail'"]
  ])('exits 2 on bad usage %j', async (argv, problem) => {
    const {io, stderr} = makeIo(root)
    expect(await runCheck(argv, io, fakeParser)).toBe(2)
    expect(stderr()).toContain(problem)
  })

  it('prints its help', async () => {
    const {io, stdout} = makeIo(root)
    expect(await runCheck(['--help'], io, fakeParser)).toBe(0)
    expect(stdout()).toBe(checkHelp)
    expect(checkHelp).toMatchInlineSnapshot(`
      "Usage: wikitally check [options] <FILE|DIR|->...

      Check election articles for internal consistency: totals, percentages, delegates, the
      infobox. Folders are walked for .md and .txt files; - reads standard input.

      Options:
        --report <human|json>   report format (default: human, to stderr; json goes to stdout)
        --rule <ID=LEVEL>       set a rule to off, error, warning or info (repeatable)
        --strict                exit 1 on warnings too
        -q, --quiet             leave out files without messages
        -h, --help              show this help

      Exit status: 0 no errors, 1 an error (or a warning with --strict) or an unreadable
      input, 2 bad usage.

      Examples:
        wikitally check article.md
        wikitally check --strict --rule stage-mismatch=off articles/
        wikitally check --report json articles/ > report.json
      "
    `)
  })
})
