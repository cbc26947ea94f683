/**
 * Checking parsed data against the election schema.
 */
import {z} from 'zod'
import {electionSchema, type Election} from '../model/election.js'
import {withSummary} from '../model/summarize-election.js'
import {describeValue} from './describe-value.js'
import {ElectionReadError, type ReadProblem} from './election-read-error.js'
import {formatIssuePath} from './format-issue-path.js'
import {orderElection} from './order-election.js'
import {unsafeIntegerReason} from './unsafe-integer-reason.js'

/**
 * An election as read: every field but `summary`, which is derived again rather than
 * trusted. Built once, since zod compiles a schema on its first use.
 */
const factsSchema = electionSchema.omit({summary: true}).extend({
  // Data written before records had ids lacks the key: it had no id.
  sourceId: electionSchema.shape.sourceId.default(null)
})

/** A list of elections as read. */
const factsListSchema = z.array(factsSchema)

/**
 * Turn parsed `data` (one election object or an array of them) into elections in schema
 * order, or throw an `ElectionReadError` naming each bad field
 * (`[1].candidates[0].votes: expected number, got "many"`).
 *
 * Keys the schema does not know are dropped. The `summary` is not read but derived from the
 * rest (`summarizeElection`), so data written before it existed, or edited since, reads
 * with a summary that agrees with its candidates; a missing `sourceId` reads as null.
 */
export function narrowElections(data: unknown, format: string): Election[] {
  const schema = Array.isArray(data) ? factsListSchema : factsSchema
  const result = schema.safeParse(data, {reportInput: true})
  if (!result.success) throw new ElectionReadError(format, result.error.issues.map(toProblem))
  return (Array.isArray(result.data) ? result.data : [result.data]).map((facts) => orderElection(withSummary(facts)))
}

/** A zod issue as a path and a reason in our words. */
function toProblem(issue: z.core.$ZodIssue): ReadProblem {
  const actual = 'input' in issue ? describeValue(issue.input) : describeValue(undefined)
  return {path: formatIssuePath(issue.path), reason: reasonOf(issue, actual)}
}

/** What was expected, then the actual value. */
function reasonOf(issue: z.core.$ZodIssue, actual: string): string {
  // A count such as 9007199254740993 has already been rounded by the JSON or YAML parser.
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'int') {
    return unsafeIntegerReason(actual)
  }
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'integer' : issue.expected}, got ${actual}`
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${actual}`
    default:
      return `${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}, got ${actual}`
  }
}
