/**
 * Replacing lone surrogates, which UTF-8 cannot encode.
 */

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The replacement character. */
const replacement = '\uFFFD'

/**
 * Replace each lone surrogate in `text` by U+FFFD, as writing it as UTF-8 would
 * (`String.prototype.toWellFormed`, which Node 20's TypeScript lib does not declare).
 */
export function toWellFormed(text: string): string {
  return text.replace(loneSurrogate, replacement)
}
