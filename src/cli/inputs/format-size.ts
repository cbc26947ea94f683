/**
 * Writing a byte count for people.
 */

/** Bytes in a mebibyte. */
export const mebibyte = 1024 * 1024

/** Bytes in a kibibyte. */
const kibibyte = 1024

/** `8388608` -> `8 MiB`, `1536` -> `1.5 KiB`, `12` -> `12 B`; at most one decimal. */
export function formatSize(bytes: number): string {
  if (bytes >= mebibyte) return `${round(bytes / mebibyte)} MiB`
  if (bytes >= kibibyte) return `${round(bytes / kibibyte)} KiB`
  return `${bytes} B`
}

/** `8.04` -> `8`, `1.55` -> `1.6`. */
function round(value: number): string {
  return String(Math.round(value * 10) / 10)
}
