import {describe, expect, it} from 'vitest'
import {rulesHelp} from '../../../../src/cli/commands/rules/rules-command.js'
import {run} from '../../../../src/cli/run.js'
import {ruleRegistry} from '../../../../src/model/rule-registry.js'
import {makeIo} from '../../make-io.js'

describe('wikitally rules', () => {
  it('lists every registered id with its severity, stage and description, one a line', async () => {
    const {io, stdout} = makeIo(process.cwd())
    expect(await run(['rules'], io)).toBe(0)
    const lines = stdout().trimEnd().split('\n')
    expect(lines).toHaveLength(Object.keys(ruleRegistry).length)
    expect(lines).toContain('numbering-gap                 info     validate  Infobox candidate numbers skip a number')
    for (const [id, info] of Object.entries(ruleRegistry)) {
      expect(lines.find((line) => line.startsWith(`${id} `))).toMatch(new RegExp(` ${info.severity} +${info.stage} +\\S`))
    }
  })

  it('prints the same list as JSON with --report json', async () => {
    const {io, stdout} = makeIo(process.cwd())
    expect(await run(['rules', '--report', 'json'], io)).toBe(0)
    const listed = JSON.parse(stdout()) as Array<{id: string; severity: string; stage: string; description: string}>
    expect(listed.map((rule) => rule.id)).toEqual(Object.keys(ruleRegistry))
    expect(listed[0]).toEqual({id: 'input-too-large', ...ruleRegistry['input-too-large']})
  })

  it.each([
    [['--report', 'xml'], 'Expected `--report` to be human or json, got `xml`'],
    [['extra'], "Unexpected argument 'extra'"]
  ])('exits 2 on bad usage %j', async (argv, problem) => {
    const {io, stderr} = makeIo(process.cwd())
    expect(await run(['rules', ...argv], io)).toBe(2)
    expect(stderr()).toContain(problem)
  })

  it('prints its help', async () => {
    const {io, stdout} = makeIo(process.cwd())
    expect(await run(['rules', '--help'], io)).toBe(0)
    expect(stdout()).toBe(rulesHelp)
  })
})
