/**
 * The line index of the text a tree was parsed from, built once per file.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {createLineIndex, type LineIndex} from './source-lines.js'

declare module 'vfile' {
  interface DataMap {
    /** Line index of the file's text, shared by the parse plugins. */
    wikitallyLineIndex: LineIndex
  }
}

/**
 * The line index of `file`'s text; cached on the file so every plugin shares one.
 */
export function lineIndexOf(_tree: Root, file: VFile): LineIndex {
  // `String(file)`, as the parser reads it: an absent value is empty, bytes are decoded.
  const source = String(file)
  const cached = file.data.wikitallyLineIndex
  if (cached && cached.source === source) return cached
  const index = createLineIndex(source)
  file.data.wikitallyLineIndex = index
  return index
}
