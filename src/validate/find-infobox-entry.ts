/**
 * Looking up an infobox line by its canonical key.
 */
import type {Election, InfoboxEntry} from '../model/election.js'

/** The first infobox entry with canonical `key` (`election_name`), or `null`. */
export function findInfoboxEntry(election: Election, key: string): InfoboxEntry | null {
  return election.infobox.find((entry) => entry.key === key) ?? null
}
