/**
 * The contest's kind, party, place, delegates at stake and neighbours, from the title and
 * the infobox.
 */
import type {Election, Stage} from '../model/election.js'
import {findJurisdiction} from './find-jurisdiction.js'
import {stagesNamed} from './stages-named.js'
import {parseCount} from './parse-count.js'

/** Parties whose contests have articles, as titles spell them. */
export const partyNames = [
  'Democratic-Farmer-Labor', 'Democratic', 'Republican', 'Libertarian', 'Green', 'Reform',
  'Constitution', 'Socialist', 'Whig', 'Prohibition', 'Peace and Freedom', 'Americans Elect'
] as const

/**
 * The stage a title or election name states: its first primary, caucus or convention word,
 * else `general` when it names an election.
 */
export function stageOf(text: string | null): Stage | null {
  if (!text) return null
  return stagesNamed(text)[0] ?? (/\belection\b/i.test(text) ? 'general' : null)
}

/** One whole-word pattern per party name, built once. */
const partyPatterns = partyNames.map((name) => ({name, pattern: new RegExp(`\\b${name}\\b`)}))

/** The party a title names, or null (general elections name none). */
export function partyOf(text: string | null): string | null {
  if (!text) return null
  let best: {name: string; at: number} | null = null
  for (const {name, pattern} of partyPatterns) {
    const match = pattern.exec(text)
    if (match && (best === null || match.index < best.at)) best = {name, at: match.index}
  }
  return best?.name ?? null
}

/**
 * Delegates at stake from `Votes For Election`:
 * `107 Democratic National Convention delegates (90 pledged, 17 unpledged)`.
 */
export function delegatesAtStake(text: string | null): Election['delegates'] {
  const none = {total: null, pledged: null, unpledged: null}
  if (!text || !/delegate/i.test(text)) return none
  let total: number | null = null
  let pledged: number | null = null
  let unpledged: number | null = null
  // `107 Democratic National Convention delegates`, `90 pledged`, `17 unpledged`.
  for (const match of text.matchAll(/\d[\d,]*/g)) {
    const value = parseCount(match[0])
    if (value === null) continue
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60)
    if (/^\s*unpledged\b/i.test(after)) unpledged ??= value
    else if (/^\s*pledged\b/i.test(after)) pledged ??= value
    else if (/^\s*(?:[a-z]+\s){0,4}delegates?\b/i.test(after)) total ??= value
  }
  return {total, pledged, unpledged}
}

/** The jurisdiction named by the title, else the infobox country, else the election name. */
export function jurisdictionOf(...texts: (string | null)[]): Election['jurisdiction'] {
  for (const text of texts) {
    const found = text ? findJurisdiction(text) : null
    if (found) return found
  }
  return {name: null, code: null, fips: null}
}

/** The first year (1600-2199) in `text`. */
export function yearOf(text: string | null): number | null {
  const match = text ? /\b(1[6-9]\d{2}|2[01]\d{2})\b/.exec(text) : null
  return match ? Number(match[1]) : null
}
