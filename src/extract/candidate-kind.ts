/**
 * Tell people from Uncommitted, Write-in and Others rows.
 */
import type {CandidateKind} from '../model/election.js'

/** Row names (lower case, start of the name) and their kind. */
export const candidateKindNames = {
  'uncommitted': 'uncommitted', 'no preference': 'uncommitted', 'uninstructed': 'uncommitted',
  'none of these candidates': 'uncommitted', 'none of the above': 'uncommitted', 'undecided': 'uncommitted',
  'write-in': 'write-in', 'write-ins': 'write-in', 'write in': 'write-in', 'write ins': 'write-in',
  'scattering': 'write-in', 'scattered': 'write-in',
  'other': 'other', 'others': 'other', 'other candidates': 'other', 'various candidates': 'other',
  'unprojected delegates': 'other', 'all others': 'other', 'minor candidates': 'other'
} as const satisfies Record<string, CandidateKind>

/** The kind of a result row named `name`. */
export function candidateKind(name: string): CandidateKind {
  let lower = name.toLowerCase().replace(/\s+/g, ' ').trim()
  while (lower.endsWith(':') || lower.endsWith('.')) lower = lower.slice(0, -1).trimEnd()
  return Object.hasOwn(candidateKindNames, lower) ? candidateKindNames[lower as keyof typeof candidateKindNames] : 'candidate'
}
