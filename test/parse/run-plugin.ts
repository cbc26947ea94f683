/**
 * Helpers for the parse-stage tests: run plugins over a string, and drop positions.
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type Pluggable} from 'unified'
import {VFile} from 'vfile'

/** The tree `remark-parse` and `plugins` make of `text`. */
export function runPlugins(text: string, ...plugins: Pluggable[]): Root {
  const file = new VFile(text)
  const processor = unified().use(remarkParse).use(plugins)
  return processor.runSync(processor.parse(file), file) as Root
}

/** A deep copy of `value` without `position` fields, for comparing trees by content. */
export function removePositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, field: unknown) => (key === 'position' ? undefined : field))) as T
}
