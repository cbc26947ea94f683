/**
 * Numbered infobox keys: the families `Candidate1`, `Popular Vote2`, ... of the infobox.
 */

/** Most digits a family number has; a longer run (`map_size2000`) is part of the key. */
const maxNumberDigits = 3

/** Split a canonical numbered key: `popular_vote12` -> [`popular_vote`, 12]; null without a number. */
export function splitNumberedKey(key: string): [string, number] | null {
  let end = key.length
  while (end > 0 && key.charCodeAt(end - 1) >= 48 && key.charCodeAt(end - 1) <= 57) end--
  if (end === key.length || end === 0 || key.length - end > maxNumberDigits) return null
  const family = key.slice(0, end).replace(/_$/, '')
  return [family, Number(key.slice(end))]
}
