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
    if (!isDeepStrictEqual(wanted, got)) problems.push(difference(path, wanted, got))
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
    for (const key in wanted) {
      // The path is named only for a field that differs: 166,000 candidates have 2.7 million fields.
      if (key === 'position' || !Object.hasOwn(wanted, key)) continue
      const field = key as keyof typeof wanted
      if (!isDeepStrictEqual(wanted[field], got[field])) problems.push(difference(`candidates[${at}].${key}`, wanted[field], got[field]))
    }
  }
  compare('totals', {...expected.totals, position: null}, {...actual.totals, position: null})
  return problems
}

/** The problem of `path` reading back as `got` rather than `wanted`. */
function difference(path: string, wanted: unknown, got: unknown): ReadProblem {
  return {path, reason: `expected ${shown(wanted)} to read back, got ${shown(got)}`}
}

/** A value in a reason: JSON for objects, as `describeValue` shows the rest. */
function shown(value: unknown): string {
  if (value === null || typeof value !== 'object') return describeValue(value)
  return JSON.stringify(value, (key, field: unknown) => (key === 'position' ? undefined : field))
}
