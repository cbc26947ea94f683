/**
 * Marks written after a name that refer to a legend (`John Cox*`, `Ann Lee†`, `Bill Clinton^`).
 */

/** The marks, each one character. */
export const legendMarks: readonly string[] = ['*', '†', '‡', '^', '§']
