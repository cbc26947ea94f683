/**
 * The election of an input nothing could be read from.
 */
import type {Election} from './election.js'
import {withSummary} from './summarize-election.js'

/**
 * An election with every field absent (`null`, empty lists), named after `sourceFile`: what
 * the pipeline returns beside the `error` message that says why nothing was read.
 */
export function emptyElection(sourceFile: string | null): Election {
  return withSummary({
    title: null,
    name: null,
    date: null,
    year: null,
    stage: null,
    party: null,
    jurisdiction: {name: null, code: null, fips: null},
    delegates: {total: null, pledged: null, unpledged: null},
    previous: {name: null, year: null},
    next: {name: null, year: null},
    candidates: [],
    totals: emptyTotals(),
    mainTable: null,
    infobox: [],
    tables: [],
    messages: [],
    sourceFile,
    sourceId: null
  })
}

/** The totals of a contest without a results table: every figure absent. */
export function emptyTotals(): Election['totals'] {
  return {votes: null, percent: null, delegates: null, electoralVotes: null, position: null}
}
