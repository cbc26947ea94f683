/**
 * Rule `stage-mismatch`: the title and the infobox election name name different stages.
 */
import {findInfoboxEntry} from './find-infobox-entry.js'
import {registeredRule, reportRule, type Rule} from './rule.js'
import {stagesNamed} from '../extract/stages-named.js'

/**
 * Warn when the article title names one kind of contest and the infobox `Election Name`
 * another.
 *
 *     = 2004 North Carolina Democratic presidential caucuses =
 *     - Election Name: 2004 North Carolina Democratic presidential primary     <- warned
 *
 * Placed on the `Election Name` line. Silent when either names no stage, or when they share
 * one (`primary and caucuses` vs `caucuses`).
 */
export const stageMismatch: Rule = {
  ...registeredRule('stage-mismatch'),
  check(election, file) {
    if (election.title === null || election.name === null) return
    const fromTitle = stagesNamed(election.title)
    const fromName = stagesNamed(election.name)
    if (fromTitle.length === 0 || fromName.length === 0) return
    if (fromName.some((stage) => fromTitle.includes(stage))) return
    reportRule(
      file,
      stageMismatch,
      `Expected the election name to name the title's stage \`${fromTitle.join('` or `')}\`, got \`${fromName.join('` or `')}\``,
      findInfoboxEntry(election, 'election_name')?.position ?? null
    )
  }
}
