/**
 * Ids of the messages the extract stage emits, so a rule configuration can name them too.
 *
 * Kept in step with `src/extract/` by a test.
 */
export const extractRuleIds = [
  'number-not-parsed',
  'date-not-parsed',
  'row-shape',
  'row-not-result',
  'no-results',
  'figure-missing',
  'infobox-fallback',
  'infobox-only-candidate',
  'several-contests',
  'main-table-guess',
  'figure-is-text',
  'legend-missing',
  'legend-unreadable',
  'infobox-table-mismatch',
  'withdrawn-mismatch',
  // Reading the input, before parsing (`parseElection`).
  'input-too-large',
  'input-too-deep',
  'invalid-utf8',
  'nul-byte',
  'bidi-control'
] as const
