/**
 * The error readers throw on input that is not a valid election.
 */

/** One problem found in read input: where, then what. */
export interface ReadProblem {
  /** Path of the bad field (`candidates[0].votes`), or a place such as `row 3, votes`. */
  path: string
  /** What was expected, then the actual value (`expected number, got "many"`). */
  reason: string
}

/** Most problems listed in the message; the rest are counted. */
const listedProblems = 5

/**
 * Input that cannot be read back as elections: broken syntax or data that does not fit the
 * election schema. `problems` carries every finding as data; the message lists the first few
 * as `path: reason` lines.
 */
export class ElectionReadError extends Error {
  /** Every problem found, in input order. */
  readonly problems: readonly ReadProblem[]

  /** Build the error from `problems` found while reading `format` input. */
  constructor(format: string, problems: readonly ReadProblem[]) {
    super(describeProblems(format, problems))
    this.name = 'ElectionReadError'
    this.problems = problems
  }
}

/** The message: a summary line, then one `path: reason` line per problem. */
function describeProblems(format: string, problems: readonly ReadProblem[]): string {
  const lines = problems
    .slice(0, listedProblems)
    .map((problem) => (problem.path === '' ? problem.reason : `${problem.path}: ${problem.reason}`))
  const more = problems.length - listedProblems
  if (more > 0) lines.push(`and ${more} more`)
  if (lines.length === 1) return `Invalid ${format} elections: ${lines[0] ?? ''}`
  return `Invalid ${format} elections:\n` + lines.map((line) => '  ' + line).join('\n')
}
