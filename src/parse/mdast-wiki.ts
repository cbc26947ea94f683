/**
 * Custom mdast nodes of the scraped article format, declared once so the tree stays typed.
 */
import type {Data, Literal, Parent, Position} from 'unist'

/** One `- Key: Value` line of an infobox. */
export interface InfoboxEntryNode extends Literal {
  type: 'infoboxEntry'
  /** The key exactly as written (`Popular Vote1`). */
  key: string
  /** The value exactly as written, trimmed (may contain `:`). */
  value: string
  data?: Data
}

/** An `Infobox` line with its entries. */
export interface InfoboxNode extends Parent {
  type: 'infobox'
  children: InfoboxEntryNode[]
  data?: Data
}

/** A table caption: from a caption line or a padded title row. */
export interface TableCaption {
  /** Caption text as written (style attributes and `**` removed). */
  value: string
  /** Whether it came from a caption `line` above the table or a title `row`. */
  kind: 'line' | 'row'
  /** Where the caption text is. */
  position: Position | undefined
}

declare module 'mdast' {
  interface RootContentMap {
    infobox: InfoboxNode
    infoboxEntry: InfoboxEntryNode
  }

  interface TableData {
    /** Caption of a scraped table. */
    caption?: TableCaption
    /** Whether the table had a GFM `|---|` delimiter row (dropped from the rows). */
    delimiterRow?: boolean
  }

  interface HeadingData {
    /** True for a wiki heading (`== Results ==`), as opposed to a markdown one. */
    wiki?: boolean
  }
}
