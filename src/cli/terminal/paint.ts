/**
 * Terminal colour, applied only when the caller decided colour is wanted.
 */

/** ANSI SGR open and close codes by style name. */
const styles = {
  bold: ['\u001B[1m', '\u001B[22m'],
  dim: ['\u001B[2m', '\u001B[22m'],
  underline: ['\u001B[4m', '\u001B[24m'],
  red: ['\u001B[31m', '\u001B[39m'],
  green: ['\u001B[32m', '\u001B[39m'],
  yellow: ['\u001B[33m', '\u001B[39m'],
  blue: ['\u001B[34m', '\u001B[39m'],
  cyan: ['\u001B[36m', '\u001B[39m']
} as const

/** A style `paint` knows. */
export type PaintStyle = keyof typeof styles

/** A hex colour as the model keeps it: `#e50100`. */
const hexColor = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i

/**
 * Wrap `text` in the ANSI codes of `style` when `enabled`; a `#rrggbb` style gives a 24-bit
 * foreground colour (a candidate's infobox colour).
 */
export function paint(text: string, style: PaintStyle | string, enabled: boolean): string {
  if (!enabled || text === '') return text
  if (Object.hasOwn(styles, style)) {
    const [open, close] = styles[style as PaintStyle]
    return open + text + close
  }
  const match = hexColor.exec(style)
  if (!match) return text
  const [red, green, blue] = match.slice(1).map((pair) => Number.parseInt(pair, 16))
  return `\u001B[38;2;${red};${green};${blue}m${text}\u001B[39m`
}
