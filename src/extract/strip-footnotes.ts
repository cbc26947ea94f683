/**
 * Remove reference markers that scraping glues to text.
 */

/**
 * A footnote marker: `[1]`, `[a]`, `[note 2]`, `[citation needed]`, and an explanatory
 * note's group label where its `[a]` style was lost (`38[lower-alpha 1]`).
 */
const footnotePattern = /\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed|[a-z]{1,3} \d{1,3}|(?:lower|upper)-(?:alpha|roman|greek) \d{1,3})\]/gi

/** `text` without footnote markers such as `[1]` or `[a]`. */
export function stripFootnotes(text: string): string {
  return text.includes('[') ? text.replace(footnotePattern, '') : text
}
