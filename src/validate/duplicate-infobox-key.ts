/**
 * Rule `duplicate-infobox-key`: an infobox key appears more than once.
 */
import {registeredRule, reportRule, type Rule} from './rule.js'
import {sharedTexts} from './shared-texts.js'

/**
 * Warn on every repeat of an infobox key; only the first value is read.
 *
 *     - Candidate1: John Edwards
 *     - Candidate1: John Kerry     <- warned
 *
 * Keys compare canonically, so `Colour1` and `colour1` are the same key.
 */
export const duplicateInfoboxKey: Rule = {
  ...registeredRule('duplicate-infobox-key'),
  check(election, file) {
    const seen = new Set<string>()
    const shared = sharedTexts()
    for (const entry of election.infobox) {
      if (!seen.has(entry.key)) {
        seen.add(entry.key)
        continue
      }
      reportRule(
        file,
        duplicateInfoboxKey,
        shared(`Expected infobox key \`${entry.label}\` once, got it again with \`${entry.value}\``),
        entry.position
      )
    }
  }
}
