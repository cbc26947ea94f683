/**
 * Dropping what depends on the source text's layout, for comparing elections.
 */
import type {Election} from '../model/election.js'

/**
 * Copy `election` with every `position` set to null and `messages` emptied: what is left is
 * the data itself, so two elections read from differently laid out sources compare equal.
 */
export function withoutPositions(election: Election): Election {
  return {
    ...election,
    candidates: election.candidates.map((candidate) => ({...candidate, position: null})),
    totals: {...election.totals, position: null},
    infobox: election.infobox.map((entry) => ({...entry, position: null})),
    tables: election.tables.map((table) => ({...table, position: null})),
    messages: []
  }
}
