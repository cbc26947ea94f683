/**
 * Plugin that turns an `Infobox` line and the `- Key: Value` lines under it into an
 * `infobox` node.
 *
 *     Infobox
 *     - Election Name: 2004 North Carolina Democratic presidential primary
 *     - Votes For Election: 107 delegates (90 pledged, 17 unpledged), The number ...
 */
import type {Root, RootContent} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {InfoboxEntryNode, InfoboxNode} from './mdast-wiki.js'
import {lineIndexOf} from './line-index-of.js'
import {positionOf, trimmedRange, type LineIndex, type SourceLine} from './source-lines.js'
import {holds, linesOf, textParagraphs} from './split-by-lines.js'
import {codes} from './codes.js'

/** The line that opens an infobox. */
const infoboxMarker = 'Infobox'

/** An infobox line split into key and value offsets. */
export interface InfoboxLine {
  /** Offsets of the key. */
  key: {start: number; end: number}
  /** Offsets of the value (empty when nothing follows the colon). */
  value: {start: number; end: number}
}

/**
 * Read `- Key: Value` off `line`, or null when it is not such a line. The first colon ends
 * the key, so values may contain colons.
 */
export function parseInfoboxLine(line: SourceLine): InfoboxLine | null {
  const range = trimmedRange(line)
  const text = line.text
  const at = range.start - line.start
  const stop = range.end - line.start
  if (text.charCodeAt(at) !== codes.dash || !isSpaceCode(text.charCodeAt(at + 1))) return null
  const colon = text.indexOf(':', at + 2)
  if (colon === -1 || colon >= stop) return null
  let keyStart = at + 2
  let keyEnd = colon
  while (keyStart < keyEnd && isSpaceCode(text.charCodeAt(keyStart))) keyStart++
  while (keyEnd > keyStart && isSpaceCode(text.charCodeAt(keyEnd - 1))) keyEnd--
  if (keyStart === keyEnd) return null
  let valueStart = colon + 1
  while (valueStart < stop && isSpaceCode(text.charCodeAt(valueStart))) valueStart++
  return {
    key: {start: line.start + keyStart, end: line.start + keyEnd},
    value: {start: line.start + valueStart, end: line.start + stop}
  }
}

/** Whether `line` is the `Infobox` marker line. */
export function isInfoboxMarker(line: SourceLine): boolean {
  const range = trimmedRange(line)
  return range.end - range.start === infoboxMarker.length && line.text.slice(range.start - line.start, range.end - line.start) === infoboxMarker
}

/** Turn the `Infobox` block into an `infobox` node with one `infoboxEntry` per line. */
export function remarkInfobox(this: Processor) {
  const data = this.data()
  return function (tree: Root, file: VFile): void {
    const index = lineIndexOf(tree, file, data)
    const children: RootContent[] = []
    // Lines still to place, with whether an infobox is open and collecting them.
    let open: InfoboxNode | undefined
    for (const child of tree.children) {
      // Without an open infobox only a marker line matters: skip prose that has none.
      if (open === undefined && !holds(child, index, infoboxMarker)) {
        children.push(child)
        continue
      }
      const lines = linesOf(child, index)
      const opens = lines.some(isInfoboxMarker)
      const continues = open !== undefined && lines.length > 0 && parseInfoboxLine(lines[0] as SourceLine) !== null
      if (!opens && !continues) {
        open = undefined
        children.push(child)
        continue
      }
      let rest: SourceLine[] = []
      for (const line of lines) {
        const entry = open ? parseInfoboxLine(line) : null
        if (open && entry) {
          open.children.push(toEntry(entry, line, index))
          stretchTo(open, line, index)
          continue
        }
        if (isInfoboxMarker(line)) {
          for (const paragraph of textParagraphs(rest, index)) children.push(paragraph)
          rest = []
          const range = trimmedRange(line)
          open = {type: 'infobox', children: [], position: positionOf(index, range.start, range.end)}
          children.push(open)
          continue
        }
        open = undefined
        rest.push(line)
      }
      for (const paragraph of textParagraphs(rest, index)) children.push(paragraph)
    }
    tree.children = children
  }
}

function toEntry(entry: InfoboxLine, line: SourceLine, index: LineIndex): InfoboxEntryNode {
  const range = trimmedRange(line)
  return {
    type: 'infoboxEntry',
    key: index.source.slice(entry.key.start, entry.key.end),
    value: index.source.slice(entry.value.start, entry.value.end),
    position: positionOf(index, range.start, range.end)
  }
}

function stretchTo(node: InfoboxNode, line: SourceLine, index: LineIndex): void {
  const start = node.position?.start.offset ?? line.start
  node.position = positionOf(index, start, trimmedRange(line).end)
}

function isSpaceCode(code: number): boolean {
  return code === codes.space || code === codes.horizontalTab
}
