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
