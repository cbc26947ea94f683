/**
 * Remove reference markers that scraping glues to text.
 */

/**
 * A footnote marker: `[1]`, `[a]`, `[note 2]`, `[citation needed]`, and a note group's
 * marker as offline copies render it (`[lower-alpha 1]`, `[upper-roman 2]`).
 */
const footnotePattern = /\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed|[a-z]{1,3} \d{1,3}|(?:lower|upper)-(?:alpha|roman|greek|latin) \d{1,3})\]/gi

/** `text` without footnote markers such as `[1]` or `[a]`. */
export function stripFootnotes(text: string): string {
  return text.includes('[') ? text.replace(footnotePattern, '') : text
}
