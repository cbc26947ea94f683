/**
 * Split a candidate cell into the name and the markers around it.
 */
import {stripFootnotes} from './strip-footnotes.js'

/** A name with its markers read off. */
export interface CleanName {
  /** The name without markers. */
  name: string
  /** `(withdrawn)` or a similar word was attached. */
  withdrawn: boolean
  /** The legend mark after the name (`*`, `†`, `‡`, `^`, `§`), or null. */
  mark: string | null
  /** `(incumbent)` or `(inc.)` was attached. */
  incumbent: boolean
}

/** Parenthesized or comma-separated withdrawal markers: `(withdrawn)`, `, (withdrew)`. */
const withdrawnPattern = /\((?:withdrawn|withdrew|withdrawed|dropped out|suspended)\)/gi

/** `(incumbent)` markers and their election-box abbreviation `(inc.)`. */
const incumbentPattern = /\((?:incumbent|inc\.?)\)/gi

/**
 * `(write-in)` after a person's name (`Joe Schriner (write-in)`, the infobox's
 * `Ron Paul, (write-in)`): how the person got votes, not part of the name.
 */
const writeInPattern = /\((?:write-in|write in)\)/gi

import {legendMarks} from './legend-marks.js'

/** Read the name and its markers off a candidate cell or infobox value. */
export function cleanName(text: string): CleanName {
  let name = stripFootnotes(text)
  // Both markers are in parentheses: most names have none to look for.
  const marked = name.includes('(')
  const withdrawn = marked && name.search(withdrawnPattern) !== -1
  if (withdrawn) name = name.replace(withdrawnPattern, '')
  const incumbent = marked && name.search(incumbentPattern) !== -1
  if (incumbent) name = name.replace(incumbentPattern, '')
  // A cell that is only the marker stays a name (it names a Write-in row).
  if (marked) name = name.replace(writeInPattern, '').trim() || name
  name = name.trim()
  let mark: string | null = null
  for (let found = endingMark(name); found !== undefined; found = endingMark(name)) {
    // The mark nearest the name is the one a legend explains (`Ann Lee†*` reads `†`).
    mark = found
    name = name.slice(0, -found.length).trimEnd()
  }
  name = name.replace(/\s+/g, ' ').replace(/,$/, '').trim()
  return {name, withdrawn, mark, incumbent}
}

function endingMark(name: string): string | undefined {
  return legendMarks.find((mark) => name.endsWith(mark))
}
