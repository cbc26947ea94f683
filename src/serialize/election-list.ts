/**
 * The one-or-many input every serializer takes.
 */
import type {Election} from '../model/election.js'

/** One election, or several in order. */
export type Elections = Election | readonly Election[]

/** Whether `input` holds several elections (an array) rather than one. */
export function isElectionList(input: Elections): input is readonly Election[] {
  return Array.isArray(input)
}

/** The elections of `input` as an array. */
export function electionList(input: Elections): readonly Election[] {
  return isElectionList(input) ? input : [input]
}
