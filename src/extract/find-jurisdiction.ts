/**
 * Find the state or territory a title or infobox value names.
 */
import type {Election} from '../model/election.js'
import {jurisdictionAliases, jurisdictions} from './jurisdictions.js'

type Jurisdiction = Election['jurisdiction']

/** Names, longest first, so `West Virginia` wins over `Virginia`. */
const namesByLength = Object.keys(jurisdictions).sort((a, b) => b.length - a.length)

/** The jurisdiction named in `text` (longest name first), or null. */
export function findJurisdiction(text: string): Jurisdiction | null {
  for (const name of namesByLength) {
    const at = text.indexOf(name)
    if (at === -1 || !isWordBoundary(text, at - 1) || !isWordBoundary(text, at + name.length)) continue
    const canonical = Object.hasOwn(jurisdictionAliases, name) ? jurisdictionAliases[name as keyof typeof jurisdictionAliases] : name
    const [code, fips] = jurisdictions[name as keyof typeof jurisdictions]
    return {name: canonical, code, fips}
  }
  return null
}

function isWordBoundary(text: string, at: number): boolean {
  const character = text[at]
  return character === undefined || !/[\p{L}\p{N}]/u.test(character)
}
