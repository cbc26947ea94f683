/**
 * Plugin that turns off the markdown constructs the scraped format never uses, so that
 * remark-parse reads an article as flat blocks of lines.
 *
 *     - Candidate1: John Edwards        <- a line, not a list item
 *     > quoted                          <- a line, not a block quote
 *     **bold** [link](url) `x` &amp;   <- text as written, no inline markup
 */
import type {Processor} from 'unified'

/**
 * Micromark constructs to disable, by name: every inline construct, and the block constructs
 * that nest.
 *
 * The plugins re-read every root node line by line and the extractors slice text from the
 * source, so these only cost: micromark resolves `*`/`_` runs and `[`/`](` labels in
 * quadratic time (`c*` x 40,000 takes minutes) and scans ahead of every backtick for its
 * closing run (8 MiB of `` `a `` ran out of memory), splits text at every `\\`, `&` or `<`
 * into tokens of 250 bytes each, parses thousands of `- ` lines in super-linear time, and
 * nests `>` or `- ` by recursion until the stack overflows.
 */
export const disabledConstructs = [
  'attention',
  'autolink',
  'blockQuote',
  'characterEscape',
  'characterReference',
  'codeText',
  'definition',
  'hardBreakEscape',
  'htmlText',
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
