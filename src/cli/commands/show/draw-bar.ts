/**
 * A horizontal bar of block characters.
 */

/** Blocks for one to seven eighths of a cell. */
const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const

/**
 * A bar `share` (0-100) of `width` cells long: full blocks, then an eighth block for the
 * rest (`51.06` of 40 cells -> 20 full blocks and `▍`). Shares outside 0-100 are clamped.
 */
export function drawBar(share: number, width: number): string {
  const cells = (Math.min(Math.max(share, 0), 100) / 100) * width
  const full = Math.floor(cells)
  const rest = Math.round((cells - full) * 8)
  return '█'.repeat(full) + (rest === 8 ? '█' : (eighths[rest] ?? ''))
}
