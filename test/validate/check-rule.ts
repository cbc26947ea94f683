/**
 * Running one rule over a handmade election and reading its messages back as data.
 */
import {VFile} from 'vfile'
import type {Election, ElectionMessage} from '../../src/model/election.js'
import {toElectionMessages} from '../../src/model/report.js'
import type {Rule} from '../../src/validate/rule.js'

/** The messages `rule` places on a fresh file for `election`. */
export function checkRule(rule: Rule, election: Election): ElectionMessage[] {
  const file = new VFile()
  rule.check(election, file)
  return toElectionMessages(file)
}
