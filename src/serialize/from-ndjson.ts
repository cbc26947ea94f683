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
 * lines are skipped.
 *
 * Throws an `ElectionReadError` whose paths start with the line (`line 2: candidates[0]...`).
 */
export function fromNdjson(text: string): Election[] {
  const elections: Election[] = []
  const problems: ReadProblem[] = []
  for (const [index, line] of text.split(lineBreak).entries()) {
    if (line.trim() === '') continue
    try {
      elections.push(...narrowElections(parseJson(line, 'NDJSON'), 'NDJSON'))
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
