/**
 * The closed sets of the election model, kept free of the schema library so that code which
 * only needs the words (the CLI's option parsing, the extractors) loads fast.
 */

/** Kinds of contest a results article describes. */
export const stages = ['primary', 'caucus', 'convention', 'general'] as const

/** Kinds of result row. */
export const candidateKinds = ['candidate', 'uncommitted', 'write-in', 'other'] as const

/** Message severities, in the order of gravity. */
export const severities = ['error', 'warning', 'info'] as const

/** Where a table caption came from: a caption line or a padded title row. */
export const captionKinds = ['line', 'row'] as const
