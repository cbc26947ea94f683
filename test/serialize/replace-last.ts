/**
 * Editing serialized elections in tests: the `summary` comes first and repeats fields such
 * as `title` and `stage`, so an edit of the election's own field targets the last match.
 */

/** `text` with the last occurrence of `from` replaced by `to`; throws if there is none. */
export function replaceLast(text: string, from: string, to: string): string {
  const at = text.lastIndexOf(from)
  if (at === -1) throw new Error(`Expected \`${from}\` in the text`)
  return text.slice(0, at) + to + text.slice(at + from.length)
}
