/**
 * What a results table's column holds, read off its header name.
 */
import {stripFootnotes} from './strip-footnotes.js'

/** What a column holds. */
export type ColumnRole =
  | 'candidate'
  | 'party'
  | 'runningMate'
  | 'votes'
  | 'percent'
  | 'delegates'
  | 'pledged'
  | 'unpledged'
  | 'bound'
  | 'unbound'
  | 'electoralVotes'
  | 'electoralPercent'
  | 'place'
  | 'other'
  | 'empty'

/** Header names (lower case, footnotes stripped) and the role they give a column. */
export const headerRoles = {
  'candidate': 'candidate', 'candidates': 'candidate', 'nominee': 'candidate', 'name': 'candidate',
  'presidential candidate': 'candidate', 'choice': 'candidate',
  'party': 'party', 'parties': 'party',
  'running mate': 'runningMate', 'vice presidential candidate': 'runningMate', 'vice-presidential nominee': 'runningMate',
  'vice-presidential candidate': 'runningMate',
  'votes': 'votes', 'vote': 'votes', 'popular vote': 'votes', 'popular votes': 'votes', 'count': 'votes',
  '#': 'votes', 'no.': 'votes', 'no. state delegates': 'votes', 'state delegates': 'votes',
  'state delegate equivalents': 'votes', 'votes cast': 'votes', 'ballots': 'votes', 'first preference': 'votes',
  '%': 'percent', 'percentage': 'percent', 'percent': 'percent', 'share': 'percent', 'vote %': 'percent', 'pct.': 'percent', 'pct': 'percent',
  'delegates': 'delegates', 'national delegates': 'delegates', 'pledged delegates': 'delegates',
  'estimated national delegates': 'delegates', 'delegates votes': 'delegates', 'delegate votes': 'delegates',
  'potential national delegates': 'delegates', 'estimated delegates': 'delegates', 'delegates won': 'delegates',
  'actual delegate count': 'delegates', 'national convention delegates': 'delegates', 'delegate count': 'delegates',
  'district delegates': 'delegates', 'projected delegates': 'delegates', 'bound delegates': 'delegates',
  'pledged': 'pledged', 'unpledged': 'unpledged', 'superdelegates': 'unpledged',
  'bound': 'bound', 'unbound': 'unbound',
  'electoral vote': 'electoralVotes', 'electoral votes': 'electoralVotes',
  'county': 'place', 'parish': 'place', 'district': 'place', 'congressional district': 'place',
  'municipality': 'place', 'precinct': 'place', 'region': 'place', 'state': 'place', 'borough': 'place',
  'poll source': 'place', 'pollster': 'place', 'date': 'place', 'date(s) administered': 'place',
  'dates administered': 'place', 'date administered': 'place', 'polling firm': 'place',
  'source of poll aggregation': 'place', 'poll': 'place', 'sample size': 'place', 'city': 'place',
  'town': 'place', 'ward': 'place', 'island': 'place', 'village': 'place',
  '±%': 'other', '+/-': 'other', '±': 'other', 'swing': 'other', 'change': 'other', 'margin': 'other',
  'presidential nominee': 'candidate', 'nominees': 'candidate', 'ticket': 'candidate',
  'vice presidential nominee': 'runningMate', 'running mates': 'runningMate'
} as const satisfies Record<string, ColumnRole>

/** How strongly a delegates column stands for "the delegates won": national beats district. */
export function delegatePreference(name: string): number {
  const lower = name.toLowerCase()
  if (lower.includes('national')) return 3
  if (lower.includes('district') || lower.includes('state')) return 1
  return 2
}

/** Lower-case `name` without footnotes and extra spaces, for lookups. */
export function normalizeHeader(name: string): string {
  return stripFootnotes(name).replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * The role of a column named `name`, under a spanning `group` name when the header has two
 * rows (`Popular vote / %`, `State delegates / Total`).
 */
export function roleOf(name: string, group: string | null): ColumnRole {
  const lower = normalizeHeader(name)
  const groupLower = group === null ? '' : normalizeHeader(group)
  if (lower === '') return 'empty'
  const electoral = groupLower.includes('electoral')
  if (electoral) return lower === '%' || lower.startsWith('percent') ? 'electoralPercent' : 'electoralVotes'
  if (lower === 'total' && group !== null) return 'delegates'
  // Under `Running mate` only the name is the running mate's; their home state and electoral
  // votes (`Elect. vote`) are not the ticket's figures.
  if (groupLower === 'running mate' || groupLower === 'running mates') return roleUnderRunningMate(lower)
  const known = Object.hasOwn(headerRoles, lower) ? headerRoles[lower as keyof typeof headerRoles] : undefined
  if (known) return known
  if (lower.startsWith('±') || lower.startsWith('+/-') || lower.includes('swing')) return 'other'
  if (lower.includes('delegate')) return 'delegates'
  if (lower.includes('electoral')) return 'electoralVotes'
  if (lower.endsWith('%') || lower.includes('percent') || lower.includes('share')) return 'percent'
  if (lower.includes('vote')) return 'votes'
  // Sources under a delegates group (`Projected delegates / AP | CNN`) each count delegates.
  if (groupLower.includes('delegate')) return 'delegates'
  return 'other'
}

/** The role of a sub-column of a `Running mate` group: the name, or nothing of the ticket's. */
function roleUnderRunningMate(lower: string): ColumnRole {
  const known = Object.hasOwn(headerRoles, lower) ? headerRoles[lower as keyof typeof headerRoles] : undefined
  return known === 'runningMate' || known === 'candidate' ? 'runningMate' : 'other'
}
