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
  /** A trailing `*` (or `†`) refers to a legend line. */
  starred: boolean
  /** `(incumbent)` was attached. */
  incumbent: boolean
}

/** Parenthesized or comma-separated withdrawal markers: `(withdrawn)`, `, (withdrew)`. */
const withdrawnPattern = /\((?:withdrawn|withdrew|withdrawed|dropped out|suspended)\)/gi

/** `(incumbent)` markers. */
const incumbentPattern = /\(incumbent\)/gi

/** Marks after a name that refer to a legend line (`John Cox*`, `Ann Lee†`). */
const legendMarks = ['*', '†', '‡'] as const

/** Read the name and its markers off a candidate cell or infobox value. */
export function cleanName(text: string): CleanName {
  let name = stripFootnotes(text)
  // Both markers are in parentheses: most names have none to look for.
  const marked = name.includes('(')
  const withdrawn = marked && name.search(withdrawnPattern) !== -1
  if (withdrawn) name = name.replace(withdrawnPattern, '')
  const incumbent = marked && name.search(incumbentPattern) !== -1
  if (incumbent) name = name.replace(incumbentPattern, '')
  name = name.trim()
  let starred = false
  while (legendMarks.some((mark) => name.endsWith(mark))) {
    starred = true
    name = name.slice(0, -1).trimEnd()
  }
  name = name.replace(/\s+/g, ' ').replace(/,$/, '').trim()
  return {name, withdrawn, starred, incumbent}
}
