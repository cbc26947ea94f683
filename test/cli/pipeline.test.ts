import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {makeIo} from './make-io.js'

/** The fixtures folder; the seed article is `rules/stage-mismatch/fires.md`. */
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const seed = 'rules/stage-mismatch/fires.md'

describe('check on the whole pipeline', () => {
  it('reports the seed’s stage, withdrawn and numbering findings at their lines and exits 0', async () => {
    const {io, stderr} = makeIo(fixtures)
    expect(await run(['check', seed], io)).toBe(0)
    const lines = stderr().split('\n')
    expect(lines[0]).toBe(seed)
    expect(lines.slice(1, 5).map((line) => line.trim().split(/ {2,}/).filter((_, index) => index !== 2))).toEqual([
      ['4:1-4:69', 'warning', 'stage-mismatch'],
      ['18:1-18:40', 'warning', 'withdrawn-mismatch'],
      ['32:1-32:30', 'info', 'numbering-gap'],
      ['39:1-39:26', 'warning', 'withdrawn-mismatch']
    ])
    expect(stderr()).toMatch(/\n3 warnings, 1 info\n$/)
  })

  it('exits 1 on the seed with --strict', async () => {
    const {io} = makeIo(fixtures)
    expect(await run(['check', '--strict', seed], io)).toBe(1)
  })

  it('places a Total row of 17,909 on that row', async () => {
    const {io, stderr} = makeIo(fixtures)
    await run(['check', 'rules/votes-total-mismatch/fires.md'], io)
    expect(stderr()).toContain("59:1-59:32  warning  Expected the Total row's votes to equal the rows' sum `17809`, got `17909`")
  })

  it('re-grades an extract-stage message with --rule', async () => {
    const {io, stderr} = makeIo(fixtures)
    expect(await run(['check', '--strict', '--rule', 'withdrawn-mismatch=info', '--rule', 'stage-mismatch=off', seed], io)).toBe(0)
    expect(stderr()).toMatch(/\n3 infos\n$/)
  })

  it('shows the seed with its winner and bars', async () => {
    const {io, stdout} = makeIo(fixtures)
    expect(await run(['show', seed], io)).toBe(0)
    expect(stdout()).toContain('Winner        John Edwards')
    expect(stdout()).toMatch(/^John Edwards \(withdrawn\) +9,093 +51\.06 +57 +█{20}▍$/m)
  })
})
