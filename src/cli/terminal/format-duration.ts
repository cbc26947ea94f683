/**
 * Writing a duration for people.
 */

/** Milliseconds in a second. */
const second = 1000

/** `3412` -> `3.4 s`, `75000` -> `1 min 15 s`, `250` -> `0.3 s`. */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 60 * second) return `${(Math.max(0, milliseconds) / second).toFixed(1)} s`
  const seconds = Math.round(milliseconds / second)
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${seconds % 60} s`
}
