/**
 * Shared settings of the round-trip properties.
 */
import fc from 'fast-check'
import type {Election} from '../../src/model/election.js'
import {electionArbitrary} from './election-arbitrary.js'

/** Runs per property. */
export const numRuns = 1000

/** One or two hostile elections, as the serializers take them. */
export const electionsArbitrary: fc.Arbitrary<Election[]> = fc.array(electionArbitrary, {minLength: 1, maxLength: 2})
