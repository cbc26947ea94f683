import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {report, toElectionMessages} from '../../src/model/report.js'
import {ruleRegistry} from '../../src/model/rule-registry.js'
import {rules} from '../../src/validate/rules.js'
import {validateElection} from '../../src/validate/validate-election.js'
import {makeSeedElection} from './election-factory.js'

/** Rule id, severity and line of every message `validateElection` leaves on a fresh file. */
function findings(file: VFile): Array<[string, string, number | null]> {
  return toElectionMessages(file).map((message) => [message.ruleId, message.severity, message.line])
}

describe('validateElection', () => {
  it('reports the seed’s stage and numbering findings at their lines', () => {
    const file = new VFile()
    validateElection(makeSeedElection(), file)
    expect(findings(file)).toEqual([
      ['stage-mismatch', 'warning', 4],
      ['numbering-gap', 'info', 32]
    ])
  })

  it('switches a rule off and re-grades another by id', () => {
    const file = new VFile()
    validateElection(makeSeedElection(), file, {rules: {'stage-mismatch': 'off', 'numbering-gap': 'warning'}})
    expect(findings(file)).toEqual([['numbering-gap', 'warning', 32]])
  })

  it('re-grades the extract stage’s messages too and keeps all in source order', () => {
    const file = new VFile()
    report(file, 'Expected the table to mark `John Edwards` withdrawn, got no marker', {start: {line: 53, column: 1}, end: {line: 53, column: 30}}, 'withdrawn-mismatch')
    validateElection(makeSeedElection(), file, {rules: {'withdrawn-mismatch': 'info'}})
    expect(findings(file)).toEqual([
      ['stage-mismatch', 'warning', 4],
      ['numbering-gap', 'info', 32],
      ['withdrawn-mismatch', 'info', 53]
    ])
  })

  it('places a misprinted Total row of 17,909 on that row', () => {
    const election = makeSeedElection()
    election.totals.votes = 17909
    const file = new VFile()
    validateElection(election, file)
    expect(findings(file)).toContainEqual(['votes-total-mismatch', 'warning', 59])
  })
})

describe('rules', () => {
  it('have unique kebab-case ids and never default to error', () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.severity).not.toBe('error')
    }
  })

  it('are exactly the registry’s validate-stage ids, with its severities and descriptions', () => {
    const registered = Object.entries(ruleRegistry).filter(([, info]) => info.stage === 'validate')
    expect(rules.map((rule) => [rule.id, rule.severity, rule.description]).sort()).toEqual(
      registered.map(([id, info]) => [id, info.severity, info.description]).sort()
    )
  })
})
