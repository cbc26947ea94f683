/**
 * Read a legend line or cell: the mark it explains and what the mark means.
 */
import {legendMarks} from './legend-marks.js'
import {incumbentWords, withdrawalWords} from './legend-words.js'

/** What a legend says a mark means. */
export type LegendMeaning = 'withdrawn' | 'incumbent' | 'other'

/** A legend read off a line. */
export interface Legend {
  /** The mark it explains, or null when it names none (`- Withdrew before the vote.`). */
  mark: string | null
  /** What the mark means. */
  meaning: LegendMeaning
  /** The explanation, without list marker, `Key:` and mark. */
  text: string
}

/** A list marker or `Key:` label before a legend: `- `, `+ `, `Key: `. */
const leadPattern = /^\s*(?:[-+•]\s+)?(?:key\s*:\s*)?/i

/** Most words of an unmarked legend; a longer line is prose. */
const maxUnmarkedWords = 12

/**
 * Read `line` as a legend, or null when it is none.
 *
 *     *Candidate had already dropped out of the race prior to caucus.   -> * withdrawn
 *     † Incumbent president                                             -> † incumbent
 *     - Withdrew before the vote.                                       -> (no mark) withdrawn
 *
 * A line that names no mark is a legend only when it says a withdrawal or incumbency and is
 * short; the caller decides which mark it explains.
 */
export function readLegend(line: string): Legend | null {
  let text = line.replace(leadPattern, '')
  let mark: string | null = null
  const found = legendMarks.find((candidate) => text.startsWith(candidate))
  if (found !== undefined) {
    mark = found
    text = text.slice(found.length)
    // `**` is bold in the source, not a mark.
    if (text.startsWith(found)) return null
  }
  text = text.replace(/^[\s:=–-]+/, '').trim()
  if (text === '') return null
  const meaning = meaningOf(text)
  if (mark === null && (meaning === 'other' || text.split(/\s+/).length > maxUnmarkedWords)) return null
  return {mark, meaning, text}
}

function meaningOf(text: string): LegendMeaning {
  const lower = text.toLowerCase()
  if (withdrawalWords.some((word) => lower.includes(word))) return 'withdrawn'
  if (incumbentWords.some((word) => lower.includes(word))) return 'incumbent'
  return 'other'
}
