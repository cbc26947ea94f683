/**
 * Compare an election with an article's facts the way the corpus score does: which fields are
 * wrong, and which of those carry no warning (silent).
 */
import type {CandidateResult, Election, ElectionMessage} from '../src/model/election.js'

/** The facts file of an article (see fixtures/articles/README.md). */
export interface Facts {
  date: string | null
  candidates: FactCandidate[]
  total: {votes: number | null; delegates: number | null}
}

/** One candidate of a facts file. */
export interface FactCandidate {
  name: string
  withdrawn?: boolean
  votes: number | null
  percent: number | null
  delegates: number | null
  party?: string | null
}

/** A field whose value is not the fact. */
export interface WrongField {
  /** `date`, `totals.votes`, `NAME.votes`, `NAME missing`, `NAME extra`. */
  field: string
  /** No warning or error covers it. */
  silent: boolean
}

/** Where else, besides a candidate's own row and name, a warning counts for it. */
export interface Coverage {
  /** Lines whose warnings cover every row (the Total row in the property test). */
  lines?: readonly number[]
  /** Whether any warning in the file covers date, totals and missing candidates (the score's rule). */
  anywhere?: boolean
}

const fold = (text: string | null | undefined): string => String(text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()

const sameValue = (want: unknown, have: unknown): boolean =>
  typeof want === 'number' && typeof have === 'number' ? Math.abs(want - have) < 1e-9 : want === have

/** The wrong fields of `election` against `facts`, each with whether it is silent. */
export function wrongFields(election: Election, facts: Facts, coverage: Coverage = {anywhere: true}): WrongField[] {
  const loud = election.messages.filter((message) => message.severity !== 'info')
  const onLines = (message: ElectionMessage) => message.line !== null && (coverage.lines ?? []).includes(message.line)
  const fileFlagged = coverage.anywhere === true ? loud.length > 0 : loud.some(onLines)
  const flagged = (candidate: CandidateResult) => loud.some((message) =>
    message.line === candidate.position?.start.line || message.reason.includes(candidate.name) || onLines(message)
  )
  const wrong: WrongField[] = []
  const check = (field: string, want: unknown, have: unknown, candidate?: CandidateResult) => {
    if (!sameValue(want, have)) wrong.push({field, silent: !(candidate ? flagged(candidate) : fileFlagged)})
  }
  check('date', facts.date, election.date)
  check('totals.votes', facts.total.votes, election.totals.votes)
  check('totals.delegates', facts.total.delegates, election.totals.delegates)
  const pool = [...election.candidates]
  for (const want of facts.candidates) {
    const at = pool.findIndex((candidate) => fold(candidate.name) === fold(want.name))
    const have = at === -1 ? undefined : pool.splice(at, 1)[0]
    if (!have) {
      const named = loud.some((message) => message.reason.includes(want.name))
      wrong.push({field: `${want.name} missing`, silent: !(named || fileFlagged)})
      continue
    }
    check(`${want.name}.withdrawn`, want.withdrawn ?? false, have.withdrawn, have)
    check(`${want.name}.votes`, want.votes, have.votes, have)
    check(`${want.name}.percent`, want.percent, have.percent, have)
    check(`${want.name}.delegates`, want.delegates, have.delegates, have)
    if ('party' in want) check(`${want.name}.party`, want.party, have.party, have)
  }
  for (const extra of pool) wrong.push({field: `${extra.name} extra`, silent: !flagged(extra)})
  return wrong
}
