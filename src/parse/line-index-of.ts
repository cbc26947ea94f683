/**
 * The line index of the text a tree was parsed from, built once per file.
 */
import type {Root} from 'mdast'
import type {Data} from 'unified'
import type {VFile} from 'vfile'
import {createLineIndex, type LineIndex} from './source-lines.js'

declare module 'vfile' {
  interface DataMap {
    /** Line index of the file's text, shared by the parse plugins. */
    wikitallyLineIndex: LineIndex
  }
}

declare module 'unified' {
  interface Data {
    /**
     * Line index of each tree the processor's parser made, set by `remarkProseOnly`: a tree
     * run without its file (`processor.runSync(processor.parse(text))`) still has its text.
     */
    wikitallyLineIndexes?: WeakMap<Root, LineIndex> | undefined
  }
}

/**
 * The line index of the text `tree` was parsed from: `file`'s text (cached on the file so
 * every plugin shares one), or, when the file has none, the text the processor's parser
 * remembered for `tree` in `data`.
 */
export function lineIndexOf(tree: Root, file: VFile, data?: Data): LineIndex {
  if (file.value === undefined) {
    return data?.wikitallyLineIndexes?.get(tree) ?? createLineIndex('')
  }
  const source = String(file.value)
  const cached = file.data.wikitallyLineIndex
  if (cached && cached.source === source) return cached
  const index = createLineIndex(source)
  file.data.wikitallyLineIndex = index
  return index
}
