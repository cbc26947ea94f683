/**
 * Canonical snake_case infobox keys.
 */

/** `Popular Vote1` -> `popular_vote1`, `Home State1` -> `home_state1`, `Image Upright` -> `image_upright`. */
export function canonicalKey(label: string): string {
  return label
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .split('_')
    .filter((word) => word !== '')
    .join('_')
}

/** `popular_vote1` -> `Popular Vote1`: the usual spelling of a canonical key. */
export function humanizeKey(key: string): string {
  return key
    .split('_')
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}
