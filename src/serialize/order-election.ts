/**
 * Putting an election's keys in schema order.
 */
import type {Election} from '../model/election.js'
import {electionKeyList, electionKeyOrder, isInKeyOrder, orderByKeys} from '../model/key-order.js'

/**
 * `election` with its keys (and those of every nested object) in the order of
 * `electionSchema`, whatever order the input had: the election itself when it is in that
 * order already (as `parseElection` builds it), else an ordered copy.
 */
export function orderElection(election: Election): Election {
  return isInKeyOrder(electionKeyList, election) ? election : (orderByKeys(electionKeyOrder, election) as Election)
}
