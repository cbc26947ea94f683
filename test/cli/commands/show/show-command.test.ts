import {copyFile, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Io} from '../../../../src/cli/io.js'
import {run} from '../../../../src/cli/run.js'
import {showHelp} from '../../../../src/cli/commands/show/show-help.js'
import {makeIo} from '../../make-io.js'

let root = ''

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wikitally-show-'))
  await copyFile('fixtures/rules/stage-mismatch/fires.md', path.join(root, 'seed.md'))
  await writeFile(path.join(root, 'broken.md'), '= Results never released =\n\nNo table.\n')
})

/** `wikitally show ...argv`. */
async function runShow(argv: readonly string[], io: Io): Promise<number> {
  return run(['show', ...argv], io)
}

describe('show', () => {
  it('shows the election as plain text when stdout is not a terminal', async () => {
    const {io, stdout} = makeIo(root)
    expect(await runShow(['--rule', 'withdrawn-mismatch=off', 'seed.md'], io)).toBe(0)
    expect(stdout()).toBe(
      [
        '2004 North Carolina Democratic presidential caucuses',
        '',
        'Date          2004-04-17',
        'Stage         caucus',
        'Party         Democratic',
        'Jurisdiction  North Carolina (NC)',
        'Winner        John Edwards',
        '',
        'Candidate                  Votes       %  Delegates',
        'John Edwards (withdrawn)   9,093   51.06         57  ████████████████████▍',
        'John Kerry                 4,844   27.20         29  ██████████▉',
        'Dennis Kucinich            2,175   12.21          4  ████▉',
        'Howard Dean (withdrawn)    1,009    5.67          0  ██▎',
        'Al Sharpton                  582    3.27          0  █▎',
        'Uncommitted                  106    0.60         17  ▎',
        'Total                     17,809  100.00        107',
        '',
        'Messages',
        '  4:1-4:69    warning  Expected the election name to name the title\'s stage `caucus`, got `primary`  stage-mismatch',
        '  32:1-32:30  info     Expected infobox candidate number `3` next, got `4`                           numbering-gap',
        '',
        '1 warning, 1 info',
        ''
      ].join('\n')
    )
  })

  it('colours on a terminal, bars in the candidate’s colour', async () => {
    const {io, stdout} = makeIo(root, {stdoutIsTty: true})
    await runShow(['seed.md'], io)
    expect(stdout()).toContain('\u001B[1m2004 North Carolina')
  })

  it('never colours when NO_COLOR is set', async () => {
    const {io, stdout} = makeIo(root, {stdoutIsTty: true, env: {NO_COLOR: '1'}})
    await runShow(['seed.md'], io)
    expect(stdout()).not.toContain('\u001B[')
  })

  it('shows an election with an error message, and exits 1', async () => {
    const {io, stdout} = makeIo(root)
    expect(await runShow(['--rule', 'no-results=error', 'broken.md'], io)).toBe(1)
    expect(stdout()).toContain('No results table.')
    expect(stdout()).toMatch(/error {2}Expected a results table or infobox candidates, got neither {2}no-results/)
  })

  it('exits 1 naming an unreadable file', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runShow(['missing.md'], io)).toBe(1)
    expect(stderr()).toContain('Expected a readable file or folder, got `ENOENT')
  })

  it.each([[[]], [['a.md', 'b.md']]])('exits 2 unless given one file (%j)', async (argv) => {
    const {io, stderr} = makeIo(root)
    expect(await runShow(argv, io)).toBe(2)
    expect(stderr()).toContain('wikitally show: expected one FILE or -')
  })

  it('prints its help', async () => {
    const {io, stdout} = makeIo(root)
    expect(await runShow(['-h'], io)).toBe(0)
    expect(stdout()).toBe(showHelp)
    expect(showHelp).toContain('Usage: wikitally show [options] <FILE|->')
  })
})
