/**
 * The error `toMarkdown` throws on data the article format cannot hold.
 */
import type {ReadProblem} from './election-read-error.js'

/** Most problems listed in the message; the rest are counted. */
const listedProblems = 5

/**
 * An election that the scraped article format cannot carry without losing or changing data
 * (a `|` inside a table cell, a line break in a title, ...). `problems` carries every
 * finding as `path` (`tables[0].rows[1][2]`) and `reason`.
 */
export class MarkdownWriteError extends Error {
  /** Every problem found, in election order. */
  readonly problems: readonly ReadProblem[]

  /** Build the error from `problems`. */
  constructor(problems: readonly ReadProblem[]) {
    const lines = problems.slice(0, listedProblems).map((problem) => `  ${problem.path}: ${problem.reason}`)
    if (problems.length > listedProblems) lines.push(`  and ${problems.length - listedProblems} more`)
    super('Cannot write the election as an article without losing data:\n' + lines.join('\n'))
    this.name = 'MarkdownWriteError'
    this.problems = problems
  }
}
