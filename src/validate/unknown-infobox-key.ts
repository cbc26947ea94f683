/**
 * Rule `unknown-infobox-key`: an infobox key that is not an `Infobox election` parameter.
 */
import {infoboxKeys, numberedInfoboxKeys} from './infobox-keys.js'
import {registeredRule, reportRule, type Rule} from './rule.js'
import {sharedTexts} from './shared-texts.js'
import {splitInfoboxKey} from './split-infobox-key.js'

const single: ReadonlySet<string> = new Set(infoboxKeys)
const numbered: ReadonlySet<string> = new Set(numberedInfoboxKeys)

/**
 * Note keys outside the known parameters (`infobox-keys.ts`): usually a scraper artefact or
 * a typo, and their values are not read.
 *
 *     - Popular Vot1: 9,093     <- noted
 */
export const unknownInfoboxKey: Rule = {
  ...registeredRule('unknown-infobox-key'),
  check(election, file) {
    const shared = sharedTexts()
    for (const entry of election.infobox) {
      const {family, number} = splitInfoboxKey(entry.key)
      if (number === null ? single.has(entry.key) : numbered.has(family) || single.has(entry.key)) continue
      reportRule(file, unknownInfoboxKey, shared(`Expected a known infobox parameter, got \`${entry.label}\``), entry.position)
    }
  }
}
