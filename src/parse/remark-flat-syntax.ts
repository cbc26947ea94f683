/**
 * Plugin that turns off the markdown constructs the scraped format never uses, so that
 * remark-parse reads an article as flat blocks of lines.
 *
 *     - Candidate1: John Edwards        <- a line, not a list item
 *     > quoted                          <- a line, not a block quote
 *     **bold** [link](url)              <- text, not strong or a link
 */
import type {Processor} from 'unified'

/**
 * Micromark constructs to disable, by name.
 *
 * The plugins re-read every root node line by line and the extractors slice text from the
 * source, so these only cost: micromark resolves `*`/`_` runs and `[`/`](` labels in
 * quadratic time (`c*` x 40,000 takes minutes), parses thousands of `- ` lines in
 * super-linear time, and nests `>` or `- ` by recursion until the stack overflows.
 */
export const disabledConstructs = [
  'attention',
  'blockQuote',
  'definition',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'list'
] as const

/** Disable {@link disabledConstructs} in remark-parse; use it before the other plugins. */
export function remarkFlatSyntax(this: Processor): void {
  const data = this.data()
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), {disable: {null: [...disabledConstructs]}}]
}
