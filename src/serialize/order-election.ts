/**
 * Putting an election's keys in schema order.
 */
import {electionSchema, type Election} from '../model/election.js'
import {orderBySchema} from './order-by-schema.js'

/**
 * Copy `election` with its keys (and those of every nested object) in the order of
 * `electionSchema`, whatever order the input had.
 */
export function orderElection(election: Election): Election {
  return orderBySchema(electionSchema, election) as Election
}
