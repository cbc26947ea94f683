/**
 * Reading elections back from newline-delimited JSON.
 */
import type {Election} from '../model/election.js'
import {ElectionReadError, type ReadProblem} from './election-read-error.js'
import {parseJson} from './from-json.js'
import {narrowElections} from './narrow-elections.js'

/** A line break, with or without a carriage return (`\r\n` files). */
const lineBreak = /\r?\n/

/**
 * Read the output of `toNdjson` (one election object per line) back into elections. Blank
 * lines are skipped. The line the CLI writes for a record that failed (`{"sourceId": ...,
 * "error": {"ruleId": ...}}`) is refused by name: drop such lines first to read the rest.
 *
 * Throws an `ElectionReadError` whose paths start with the line (`line 2: candidates[0]...`).
 */
export function fromNdjson(text: string): Election[] {
  const elections: Election[] = []
  const problems: ReadProblem[] = []
  for (const [index, line] of text.split(lineBreak).entries()) {
    if (line.trim() === '') continue
    try {
      const value = parseJson(line, 'NDJSON')
      const failed = errorLineRuleId(value)
      if (failed !== null) {
        problems.push({path: `line ${index + 1}`, reason: `expected an election, got the error line of a failed record (\`${failed}\`)`})
        continue
      }
      elections.push(...narrowElections(value, 'NDJSON'))
    } catch (error) {
      if (!(error instanceof ElectionReadError)) throw error
      for (const problem of error.problems) {
        const path = problem.path === '' ? `line ${index + 1}` : `line ${index + 1}: ${problem.path}`
        problems.push({path, reason: problem.reason})
      }
    }
  }
  if (problems.length > 0) throw new ElectionReadError('NDJSON', problems)
  return elections
}

/** The rule id of a failed record's error line (`{"error": {"ruleId": ...}}`), else null. */
function errorLineRuleId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'error')) return null
  const error: unknown = Reflect.get(value, 'error')
  const ruleId: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'ruleId') : null
  return typeof ruleId === 'string' ? ruleId : null
}
