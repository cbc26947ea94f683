/**
 * Rule `unknown-infobox-key`: an infobox key that is not an `Infobox election` parameter.
 */
import {infoboxKeys, numberedInfoboxKeys} from './infobox-keys.js'
import {registeredRule, reportRule, type Rule} from './rule.js'
import {splitInfoboxKey} from './split-infobox-key.js'

const single: ReadonlySet<string> = new Set(infoboxKeys)
const numbered: ReadonlySet<string> = new Set(numberedInfoboxKeys)

/**
 * Note keys outside the known parameters (`infobox-keys.ts`): usually a scraper artefact or
 * a typo, and their values are not read.
 *
 *     - Popular Vot1: 9,093     <- noted
 *
 * A key written more than once is noted once, at its first entry, with how many entries it
 * has: each repeat has its `duplicate-infobox-key` warning already (a megabyte of `- a: b`
 * gave 142,856 notes saying the same).
 */
export const unknownInfoboxKey: Rule = {
  ...registeredRule('unknown-infobox-key'),
  check(election, file) {
    const entries = new Map<string, number>()
    for (const entry of election.infobox) entries.set(entry.key, (entries.get(entry.key) ?? 0) + 1)
    const noted = new Set<string>()
    for (const entry of election.infobox) {
      if (noted.has(entry.key)) continue
      noted.add(entry.key)
      const {family, number} = splitInfoboxKey(entry.key)
      if (number === null ? single.has(entry.key) : numbered.has(family) || single.has(entry.key)) continue
      const count = entries.get(entry.key) ?? 1
      const repeats = count > 1 ? ` in \`${count}\` entries (each repeat is a \`duplicate-infobox-key\`)` : ''
      reportRule(file, unknownInfoboxKey, `Expected a known infobox parameter, got \`${entry.label}\`${repeats}`, entry.position)
    }
  }
}
