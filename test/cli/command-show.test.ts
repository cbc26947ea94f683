import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runShow} from '../../src/cli/run-show.js'
import {showHelp} from '../../src/cli/show-help.js'
import {fakeParser} from './fake-parser.js'
import {makeIo} from './make-io.js'

let root = ''

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wikitally-show-'))
  await writeFile(path.join(root, 'seed.md'), 'seed\n')
  await writeFile(path.join(root, 'broken.md'), 'fatal\n')
})

describe('show', () => {
  it('shows the election as plain text when stdout is not a terminal', async () => {
    const {io, stdout} = makeIo(root)
    expect(await runShow(['seed.md'], io, fakeParser)).toBe(0)
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
        'Candidate         Votes       %  Delegates',
        'John Edwards      9,093   51.06         57  ████████████████████▍',
        'John Kerry        4,844   27.20         29  ██████████▉',
        'Dennis Kucinich   2,175   12.21          4  ████▉',
        'Howard Dean       1,009    5.67          0  ██▎',
        'Al Sharpton         582    3.27          0  █▎',
        'Uncommitted         106    0.60         17  ▎',
        'Total            17,809  100.00        107',
        '',
        'Messages',
        "  4:1-4:69    warning  Expected the election name to name the title's stage `caucus`, got `primary`  stage-mismatch",
        '  32:1-32:30  info     Expected infobox candidate number `3` next, got `4`                           numbering-gap',
        '',
        '1 warning, 1 info',
        ''
      ].join('\n')
    )
  })

  it('colours on a terminal, bars in the candidate’s colour', async () => {
    const {io, stdout} = makeIo(root, {stdoutIsTty: true})
    await runShow(['seed.md'], io, fakeParser)
    expect(stdout()).toContain('\u001B[1m2004 North Carolina')
  })

  it('never colours when NO_COLOR is set', async () => {
    const {io, stdout} = makeIo(root, {stdoutIsTty: true, env: {NO_COLOR: '1'}})
    await runShow(['seed.md'], io, fakeParser)
    expect(stdout()).not.toContain('\u001B[')
  })

  it('reports on stderr and exits 1 when no election could be built', async () => {
    const {io, stdout, stderr} = makeIo(root)
    expect(await runShow(['broken.md'], io, fakeParser)).toBe(1)
    expect(stdout()).toBe('')
    expect(stderr()).toContain('broken.md\n  1:1  error  Expected an article, got `fatal`  no-results')
  })

  it('exits 1 naming an unreadable file', async () => {
    const {io, stderr} = makeIo(root)
    expect(await runShow(['missing.md'], io, fakeParser)).toBe(1)
    expect(stderr()).toContain('Expected a readable file, got `ENOENT')
  })

  it.each([[[]], [['a.md', 'b.md']]])('exits 2 unless given one file (%j)', async (argv) => {
    const {io, stderr} = makeIo(root)
    expect(await runShow(argv, io, fakeParser)).toBe(2)
    expect(stderr()).toContain('wikitally show: expected one FILE or -')
  })

  it('prints its help', async () => {
    const {io, stdout} = makeIo(root)
    expect(await runShow(['-h'], io, fakeParser)).toBe(0)
    expect(stdout()).toBe(showHelp)
    expect(showHelp).toContain('Usage: wikitally show [options] <FILE|->')
  })
})
