/**
 * Canonical snake_case infobox keys.
 */

/** `Popular Vote1` -> `popular_vote1`, `Home State1` -> `home_state1`, `Image Upright` -> `image_upright`. */
export function canonicalKey(label: string): string {
  // Each run of other characters is one `_` (a run includes any `_`), so only the ends
  // may need trimming.
  const snake = label
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
  const start = snake.startsWith('_') ? 1 : 0
  const end = Math.max(start, snake.endsWith('_') ? snake.length - 1 : snake.length)
  return start === 0 && end === snake.length ? snake : snake.slice(start, end)
}
