/**
 * Rule `numbering-gap`: the infobox's candidate numbers skip a number.
 */
import type {InfoboxEntry} from '../model/election.js'
import {candidateInfoboxKeys} from './infobox-keys.js'
import {registeredRule, reportRule, type Rule} from './rule.js'
import {splitInfoboxKey} from './split-infobox-key.js'

/**
 * Note where `CandidateN` (or `NomineeN`) numbers skip: 1, 2, 4 skips 3.
 *
 *     - Candidate2: John Kerry
 *     - Candidate4: Dennis Kucinich     <- noted: `3` missing
 *
 * Scraped infoboxes often drop a candidate the page shows only in its table, so this is
 * information, not a warning. Placed on the entry after the gap, one message per gap.
 */
export const numberingGap: Rule = {
  ...registeredRule('numbering-gap'),
  check(election, file) {
    // One pass over the infobox sorts the numbered entries of each family.
    const families = new Map<string, {entry: InfoboxEntry; number: number}[]>(candidateInfoboxKeys.map((family) => [family, []]))
    for (const entry of election.infobox) {
      const {family, number} = splitInfoboxKey(entry.key)
      if (number !== null) families.get(family)?.push({entry, number})
    }
    for (const family of candidateInfoboxKeys) {
      const entries = (families.get(family) ?? []).sort((left, right) => left.number - right.number)
      let expected = 1
      for (const {entry, number} of entries) {
        if (number < expected) continue
        if (number > expected) {
          reportRule(
            file,
            numberingGap,
            `Expected infobox ${family} number \`${expected}\` next, got \`${number}\``,
            entry.position
          )
        }
        expected = number + 1
      }
    }
  }
}
