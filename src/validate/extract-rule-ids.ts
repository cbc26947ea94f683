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
  'infobox-table-mismatch',
  'withdrawn-mismatch',
  'input-too-deep'
] as const
