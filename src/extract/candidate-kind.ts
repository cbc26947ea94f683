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
  'unprojected delegates': 'other', 'unpledged delegates': 'other', 'all others': 'other', 'minor candidates': 'other'
} as const satisfies Record<string, CandidateKind>

/** The kind of a result row named `name`: a known name, or one that starts with one. */
export function candidateKind(name: string): CandidateKind {
  let lower = name.toLowerCase().replace(/\s+/g, ' ').trim()
  while (lower.endsWith(':') || lower.endsWith('.')) lower = lower.slice(0, -1).trimEnd()
  if (Object.hasOwn(candidateKindNames, lower)) return candidateKindNames[lower as keyof typeof candidateKindNames]
  for (const prefix of kindPrefixes) {
    if (lower.startsWith(prefix.name) && lower.charAt(prefix.name.length) === ' ') return prefix.kind
  }
  return 'candidate'
}

/** Names that start a longer row name of the same kind (`Write-in votes`, `Uncommitted delegates`). */
const kindPrefixes: readonly {name: string; kind: CandidateKind}[] = [
  {name: 'uncommitted', kind: 'uncommitted'},
  {name: 'write-in', kind: 'write-in'},
  {name: 'write-ins', kind: 'write-in'},
  {name: 'scattered', kind: 'write-in'},
  {name: 'other', kind: 'other'},
  {name: 'others', kind: 'other'}
]
