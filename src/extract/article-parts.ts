/**
 * Gather what the extractors read from an article tree: title, infobox, tables with their
 * sections, and prose.
 */
import type {Root, RootContent, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Position} from 'unist'
import type {InfoboxEntryNode} from '../parse/mdast-wiki.js'

/** A table with where it stands in the article. */
export interface ArticleTable {
  /** The mdast table. */
  node: Table
  /** Text of the nearest heading above, or null in the lead. */
  section: string | null
  /** Texts of the headings the table stands under, outermost first (`General election`, `Results`). */
  headings: readonly string[]
  /** Lines glued under the table (legends such as `*Withdrew before the caucus.`). */
  notes: string[]
}

/** A paragraph of prose or a label line, with its section. */
export interface ArticleText {
  /** The text. */
  text: string
  /** Text of the nearest heading above, or null in the lead. */
  section: string | null
  /** Where it is. */
  position: Position | undefined
}

/** The parts of an article. */
export interface ArticleParts {
  /** The `= Title =` text and where it is. */
  title: {text: string; position: Position | undefined} | null
  /** Every infobox entry, in order (several infobox blocks are read as one). */
  infobox: InfoboxEntryNode[]
  /** Where the first infobox is. */
  infoboxPosition: Position | undefined
  /** Every table, in order. */
  tables: ArticleTable[]
  /** Paragraphs, in order. */
  texts: ArticleText[]
}

/**
 * Walk the root of `tree` once and collect its parts. Texts are sliced from `source` (the
 * text `tree` was parsed from) so markdown syntax (`* ` list markers, `*emphasis*`) stays.
 */
export function articleParts(tree: Root, source: string): ArticleParts {
  const textOf = (node: RootContent): string => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    return start === undefined || end === undefined ? toString(node) : source.slice(start, end)
  }
  const parts: ArticleParts = {title: null, infobox: [], infoboxPosition: undefined, tables: [], texts: []}
  let section: string | null = null
  // The open headings, outermost first: a heading closes those of its depth and deeper.
  let open: {depth: number; text: string}[] = []
  let lastTable: ArticleTable | undefined
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = toString(node).trim()
      if (node.depth === 1 && parts.title === null) parts.title = {text, position: node.position}
      else {
        section = text
        open = open.filter((heading) => heading.depth < node.depth).concat({depth: node.depth, text})
      }
    } else if (node.type === 'infobox') {
      // A loop, not push(...entries): spreading 100,000 entries as arguments overflows the stack.
      for (const entry of node.children) parts.infobox.push(entry)
      parts.infoboxPosition ??= node.position
    } else if (node.type === 'table') {
      lastTable = {node, section, headings: open.map((heading) => heading.text), notes: []}
      parts.tables.push(lastTable)
      continue
    } else if (node.type === 'paragraph' || isText(node)) {
      const text = textOf(node)
      if (lastTable && isGluedBelow(lastTable.node, node)) lastTable.notes = lastTable.notes.concat(text.split(/\r\n|\r|\n/))
      parts.texts.push({text, section, position: node.position})
    }
    lastTable = undefined
  }
  return parts
}

function isText(node: RootContent): boolean {
  return node.type === 'list' || node.type === 'blockquote'
}

function isGluedBelow(table: Table, paragraph: RootContent): boolean {
  const end = table.position?.end.line
  const start = paragraph.position?.start.line
  return end !== undefined && start === end + 1
}
