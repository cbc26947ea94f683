/**
 * Saying which infobox counts were too large to read exactly.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'
import type {InfoboxCandidate} from './infobox-candidates.js'
import {isCountTooLarge} from './parse-count.js'

/** The infobox fields read as counts, with their names in messages. */
const countFields = {votes: 'votes', delegates: 'delegates', electoralVotes: 'electoral votes'} as const

/**
 * Add a `number-not-parsed` warning for each count of `candidates` that the infobox writes
 * beyond `Number.MAX_SAFE_INTEGER`, which reads as null rather than rounded:
 *
 *     - Popular Vote1: 9,007,199,254,740,993
 */
export function reportOversizedCounts(candidates: readonly InfoboxCandidate[], file: VFile): void {
  for (const candidate of candidates) {
    for (const [field, what] of Object.entries(countFields)) {
      const entry = candidate.entries[field as keyof typeof countFields]
      if (!entry || !isCountTooLarge(entry.value)) continue
      report(file, `Expected ${what} of at most \`${Number.MAX_SAFE_INTEGER}\`, which a number holds exactly, got \`${entry.value}\``, entry.position, 'number-not-parsed')
    }
  }
}
