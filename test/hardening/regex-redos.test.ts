import {checkSync} from 'recheck'
import {describe, expect, it} from 'vitest'
import {sourceRegexes} from './source-regexes.js'

/**
 * The same verdict on every machine: a fixed seed, so the fuzzing pass tries the same strings,
 * and no limits in milliseconds (the checker's defaults), so that a busy machine does not turn
 * a slow match into "vulnerable"; the fuzzer counts characters read instead (`attackLimit`).
 */
const options = {randomSeed: 1, timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null}

/**
 * Regexes built at run time, each with why it is linear. A new one fails the test until it is
 * listed here with its reason (or rewritten as a literal).
 */
const builtRegexes: Record<string, string> = {
  'src/extract/extract-contest.ts': '`\\b${name}\\b` over the literal words of `partyNames`'
}

const {literals, built} = sourceRegexes()

describe('regexes in src', () => {
  it('are found: the sources hold regex literals', () => {
    expect(literals.length).toBeGreaterThan(50)
  })

  it('are built at run time only where listed', () => {
    expect(built.map((place) => place.replace(/:\d+$/, '')).filter((file) => !Object.hasOwn(builtRegexes, file))).toEqual([])
  })

  it('are judged by a checker that does flag exponential and quadratic patterns', () => {
    expect(checkSync('^(a+)+$', '', options).status).toBe('vulnerable')
    expect(checkSync('\\s+$', '', options).status).toBe('vulnerable')
  })

  it.each(literals.map((regex) => [regex.place, regex] as const))('%s backtracks at most linearly', (_place, regex) => {
    const diagnostics = checkSync(regex.source, regex.flags, options)
    expect({pattern: `/${regex.source}/${regex.flags}`, status: diagnostics.status}).toEqual({pattern: `/${regex.source}/${regex.flags}`, status: 'safe'})
  })
})
