/**
 * The contest row: who won an election, by how much, out of how many votes, in one flat
 * object. It is derived from the rest of the election (`summarizeElection`) and written as
 * `summary` in JSON and YAML, as one row per election in CSV (`--rows elections`) and as the
 * `elections` table in SQLite, where the keys are snake_case (`winnerVotes` ->
 * `winner_votes`).
 */
import {z} from 'zod'
import {stages} from './vocabulary.js'

/** One election as a single flat row. */
export const summarySchema = z.object({
  /** Id from the contest (`2004-nc-democratic-caucus`), else from the title, else the file name. */
  electionId: z.string().describe('Id from the contest (`2004-nc-democratic-caucus`), else from the title, else the file name.'),
  /** Article title, as `title`. */
  title: z.string().nullable().describe('Article title, as `title`.'),
  /** Contest date as `YYYY-MM-DD`, as `date`. */
  date: z.string().nullable().describe('Contest date as `YYYY-MM-DD`, as `date`.'),
  /** Contest year, as `year`. */
  year: z.number().int().nullable().describe('Contest year, as `year`.'),
  /** Kind of contest, as `stage`. */
  stage: z.enum(stages).nullable().describe('Kind of contest, as `stage`.'),
  /** The contest\'s party, as `party`. */
  party: z.string().nullable().describe('The contest\'s party, as `party`.'),
  /** State or territory name (`North Carolina`). */
  jurisdiction: z.string().nullable().describe('State or territory name (`North Carolina`).'),
  /** USPS code (`NC`). */
  jurisdictionCode: z.string().nullable().describe('USPS code (`NC`).'),
  /** FIPS code as a string (`37`). */
  jurisdictionFips: z.string().nullable().describe('FIPS code as a string (`37`).'),
  /** Number of result rows, Uncommitted and write-in rows included. */
  candidates: z.number().int().describe('Number of result rows, Uncommitted and write-in rows included.'),
  /** Name of the first row marked `winner`. */
  winner: z.string().nullable().describe('Name of the first row marked `winner`.'),
  /** The winner\'s votes. */
  winnerVotes: z.number().nullable().describe('The winner\'s votes.'),
  /** The winner\'s share of the vote, as printed. */
  winnerPercent: z.number().nullable().describe('The winner\'s share of the vote, as printed.'),
  /** The winner\'s delegates. */
  winnerDelegates: z.number().nullable().describe('The winner\'s delegates.'),
  /** Name of the candidate placed second by the measure that chose the winner (votes, else delegates). */
  runnerUp: z.string().nullable().describe('Name of the candidate placed second by the measure that chose the winner (votes, else delegates).'),
  /** The runner-up\'s votes. */
  runnerUpVotes: z.number().nullable().describe('The runner-up\'s votes.'),
  /** The runner-up\'s share of the vote, as printed. */
  runnerUpPercent: z.number().nullable().describe('The runner-up\'s share of the vote, as printed.'),
  /** Winner\'s votes minus the runner-up\'s; null when either is unknown. */
  marginVotes: z.number().nullable().describe('Winner\'s votes minus the runner-up\'s; null when either is unknown.'),
  /** Winner\'s percent minus the runner-up\'s, to the decimals printed; null when either is unknown. */
  marginPoints: z.number().nullable().describe('Winner\'s percent minus the runner-up\'s, to the decimals printed; null when either is unknown.'),
  /** Votes of the Total row. */
  totalVotes: z.number().nullable().describe('Votes of the Total row.'),
  /** Delegates of the Total row. */
  totalDelegates: z.number().nullable().describe('Delegates of the Total row.'),
  /** Rule ids of the election\'s warnings and errors, each once, in message order. */
  warnings: z.array(z.string()).describe('Rule ids of the election\'s warnings and errors, each once, in message order.'),
  /** The input\'s path, as `sourceFile`. */
  sourceFile: z.string().nullable().describe('The input\'s path, as `sourceFile`.')
})

/** One election as a single flat row. */
export type ElectionSummary = z.infer<typeof summarySchema>
