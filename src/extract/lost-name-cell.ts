/**
 * Rows whose name cell the copy lost: a name it could not render left the figures to slide
 * left under the names.
 */
import {emptyCellText, isSpecialLabel, labelIndex, type CellText} from './read-row.js'
import {trailingEmpty} from './row-placements.js'

/**
 * Whether `texts` lost its name cell: it holds only figures, the first of them stands under
 * the header's name column (`nameAt`), and the row ends in padding or is short.
 *
 *     | Candidate | Votes | Percentage | Delegates | |
 *     | 102 | 31.5% | 0 | | |     <- the name cell is gone; 102 is the votes
 */
export function lostNameCell(texts: readonly CellText[], nameAt: number, width: number): boolean {
  if (nameAt === -1) return false
  const labelAt = labelIndex(texts)
  const label = texts[labelAt]
  if (labelAt !== nameAt || !label || label.kind === 'empty' || isSpecialLabel(label.text)) return false
  if (texts.some((cell) => cell.kind === 'text')) return false
  return trailingEmpty(texts) > 0 || texts.length < width
}

/** `texts` with an empty cell back where the lost name was, and one padding cell fewer. */
export function restoreNameCell(texts: readonly CellText[]): CellText[] {
  const labelAt = labelIndex(texts)
  const restored = [...texts.slice(0, labelAt), emptyCellText, ...texts.slice(labelAt)]
  if (trailingEmpty(texts) > 0) restored.pop()
  return restored
}
