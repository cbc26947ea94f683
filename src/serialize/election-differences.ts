/**
 * Comparing the data of two elections, field by field.
 */
import {isDeepStrictEqual} from 'node:util'
import type {Election} from '../model/election.js'
import type {ReadProblem} from './election-read-error.js'
import {describeValue} from './describe-value.js'

/** The contest fields an article carries, compared whole. */
const contestFields = ['title', 'name', 'date', 'year', 'stage', 'party', 'jurisdiction', 'delegates', 'previous', 'next'] as const

/**
 * Where `actual` holds other data than `expected`, as `path: reason` problems: the contest
 * fields, each candidate's fields and the totals, positions aside. The raw infobox and
 * tables, messages and `sourceFile` are not compared: they describe the source, not the
 * contest.
 */
export function electionDifferences(expected: Election, actual: Election): ReadProblem[] {
  const problems: ReadProblem[] = []
  const compare = (path: string, wanted: unknown, got: unknown): void => {
    if (!isDeepStrictEqual(wanted, got)) problems.push({path, reason: `expected ${shown(wanted)} to read back, got ${shown(got)}`})
  }
  for (const field of contestFields) compare(field, expected[field], actual[field])
  const count = Math.max(expected.candidates.length, actual.candidates.length)
  for (let at = 0; at < count; at++) {
    const wanted = expected.candidates[at]
    const got = actual.candidates[at]
    if (!wanted || !got) {
      compare(`candidates[${at}]`, wanted?.name, got?.name)
      continue
    }
    for (const key of Object.keys(wanted) as Array<keyof typeof wanted>) {
      if (key !== 'position') compare(`candidates[${at}].${key}`, wanted[key], got[key])
    }
  }
  compare('totals', {...expected.totals, position: null}, {...actual.totals, position: null})
  return problems
}

/** A value in a reason: JSON for objects, as `describeValue` shows the rest. */
function shown(value: unknown): string {
  if (value === null || typeof value !== 'object') return describeValue(value)
  return JSON.stringify(value, (key, field: unknown) => (key === 'position' ? undefined : field))
}
