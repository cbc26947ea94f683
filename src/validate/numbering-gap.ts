/**
 * Rule `numbering-gap`: the infobox's candidate numbers skip a number.
 */
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
    for (const family of candidateInfoboxKeys) {
      const entries = election.infobox
        .map((entry) => ({entry, ...splitInfoboxKey(entry.key)}))
        .filter((item) => item.family === family && item.number !== null)
        .sort((left, right) => (left.number ?? 0) - (right.number ?? 0))
      let expected = 1
      for (const {entry, number} of entries) {
        if (number === null || number < expected) continue
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
