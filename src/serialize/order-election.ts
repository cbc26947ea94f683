/**
 * Putting an election's keys in schema order.
 */
import type {Election} from '../model/election.js'
import {electionKeyOrder, orderByKeys} from '../model/key-order.js'

/**
 * Copy `election` with its keys (and those of every nested object) in the order of
 * `electionSchema`, whatever order the input had.
 */
export function orderElection(election: Election): Election {
  return orderByKeys(electionKeyOrder, election) as Election
}
