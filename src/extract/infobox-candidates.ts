/**
 * Read the infobox's numbered candidate families (`Candidate1`, `Popular Vote1`, ...).
 */
import type {Position} from 'unist'
import type {InfoboxEntryNode} from '../parse/mdast-wiki.js'
import {canonicalKey} from './canonical-key.js'
import {cleanName} from './clean-name.js'
import {isNoValue, parseCount} from './parse-count.js'
import {parsePercent} from './parse-percent.js'
import {reduceParty} from './reduce-party.js'
import {splitNumberedKey} from './split-numbered-key.js'

/** Numbered infobox keys (canonical, without the number) and the field each fills. */
export const infoboxFamilies = {
  candidate: 'name', nominee: 'name', popular_vote: 'votes', percentage: 'percent',
  delegate_count: 'delegates', home_state: 'homeState', color: 'color', colour: 'color',
  party: 'party', running_mate: 'runningMate', electoral_vote: 'electoralVotes', image: 'image'
} as const

type Field = (typeof infoboxFamilies)[keyof typeof infoboxFamilies]

/** A candidate as the infobox describes it. */
export interface InfoboxCandidate {
  /** The family number (`Candidate4` -> 4). */
  index: number
  /** Clean name. */
  name: string
  /** Marked `(withdrawn)`. */
  withdrawn: boolean
  /** `Popular VoteN`. */
  votes: number | null
  /** `PercentageN`. */
  percent: number | null
  /** `Delegate CountN`. */
  delegates: number | null
  /** `Home StateN`. */
  homeState: string | null
  /** `ColorN` / `ColourN` as `#rrggbb`. */
  color: string | null
  /** `PartyN`, reduced to its short name. */
  party: string | null
  /** `Running MateN`. */
  runningMate: string | null
  /** `Electoral VoteN`. */
  electoralVotes: number | null
  /** Entry of each field, for messages. */
  entries: Partial<Record<Field, InfoboxEntryNode>>
  /** Where the name entry is. */
  position: Position | undefined
}

/** A hex colour without or with `#`. */
const hexColor = /^#?([\da-f]{6}|[\da-f]{3})$/i

/**
 * The candidates of the infobox in number order; numbers may skip (1, 2, 4, 5). `keys` are
 * the entries' canonical keys, when the caller has them already.
 */
export function infoboxCandidates(
  entries: readonly InfoboxEntryNode[],
  keys: readonly string[] = entries.map((entry) => canonicalKey(entry.key))
): InfoboxCandidate[] {
  const byIndex = new Map<number, Partial<Record<Field, InfoboxEntryNode>>>()
  for (const [at, entry] of entries.entries()) {
    const numbered = splitNumberedKey(keys[at] ?? canonicalKey(entry.key))
    if (!numbered) continue
    const [family, index] = numbered
    if (!Object.hasOwn(infoboxFamilies, family)) continue
    const field = infoboxFamilies[family as keyof typeof infoboxFamilies]
    const fields = byIndex.get(index) ?? {}
    // The first entry of a field wins; a duplicate is reported by the rules.
    fields[field] ??= entry
    byIndex.set(index, fields)
  }
  const candidates: InfoboxCandidate[] = []
  for (const [index, fields] of [...byIndex].sort((a, b) => a[0] - b[0])) {
    const nameEntry = fields.name
    if (!nameEntry || nameEntry.value.trim() === '') continue
    const name = cleanName(nameEntry.value)
    const color = fields.color ? hexColor.exec(fields.color.value.trim()) : null
    candidates.push({
      index,
      name: name.name,
      withdrawn: name.withdrawn,
      votes: fields.votes ? parseCount(fields.votes.value) : null,
      percent: fields.percent ? parsePercent(fields.percent.value) : null,
      delegates: fields.delegates ? parseCount(fields.delegates.value) : null,
      homeState: text(fields.homeState),
      color: color ? '#' + (color[1] as string).toLowerCase() : null,
      party: fields.party ? reduceParty(fields.party.value) : null,
      runningMate: text(fields.runningMate),
      electoralVotes: fields.electoralVotes ? parseCount(fields.electoralVotes.value) : null,
      entries: fields,
      position: nameEntry.position
    })
  }
  return candidates
}

/** An entry's text, or null where it is empty or a dash standing for none (`Running Mate2: —`). */
function text(entry: InfoboxEntryNode | undefined): string | null {
  const value = entry?.value.trim()
  return value && !isNoValue(value) ? value : null
}
