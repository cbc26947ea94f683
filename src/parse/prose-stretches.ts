/**
 * Splitting prose into plain paragraphs, which need no markdown parser, and the rest.
 */
import type {SourceLine} from './source-lines.js'

/** A stretch of prose lines: plain paragraph lines, or lines for the markdown parser. */
export interface ProseStretch {
  /** Whether the lines are one paragraph of plain lines (see {@link isPlainLine}). */
  plain: boolean
  /** The lines, in order; a plain stretch has no blank line. */
  lines: SourceLine[]
}

/** Most spaces before a line's text that still leave it outside an indented code block. */
const maxIndent = 3

/** A line of only thematic-break or setext marker characters (`***`, `- - -`, `===`). */
const markerOnly = /^[-=*_+ \t]+$/

/** First characters of lines that may start a block other than a paragraph. */
const blockStarts: ReadonlySet<string> = new Set(['#', '`', '~', '<', '>'])

/** A line with only spaces and tabs, which ends a paragraph. */
const blankLine = /^[ \t]*$/

/** A fence line: up to three spaces, then three or more backticks or tildes (` ``` `, `~~~~ js`). */
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/

/** The backtick, which may not follow in a backtick fence's info string. */
const backtick = '`'

/**
 * Block HTML that stays open across blank lines until a line holds its end
 * (CommonMark kinds 1 to 5): `<script`, `<!--`, `<?`, `<!DOCTYPE`, `<![CDATA[`.
 */
const htmlOpeners: ReadonlyArray<{start: RegExp; end: RegExp}> = [
  {start: /^ {0,3}<(?:script|pre|style|textarea)(?:[\t >]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i},
  {start: /^ {0,3}<!--/, end: /-->/},
  {start: /^ {0,3}<\?/, end: /\?>/},
  {start: /^ {0,3}<![a-z]/i, end: />/},
  {start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/}
]

/** Whether `line` is part of the paragraph markdown would make of it, and nothing else. */
export function isPlainLine(line: SourceLine): boolean {
  const text = line.text
  let indent = 0
  while (text[indent] === ' ') indent++
  const first = text[indent]
  // A tab in the indent, a code-block indent, or a character markdown reads otherwise.
  if (first === undefined || first === '\t' || indent > maxIndent || blockStarts.has(first)) return false
  return !markerOnly.test(text) && !text.includes('\r') && !text.includes('\0')
}

/**
 * Split the prose `lines` (a run without format lines) into stretches: each paragraph made
 * only of plain lines ({@link isPlainLine}) at the top level becomes a plain stretch, every
 * thing else a markdown stretch, so that parsing each markdown stretch on its own gives the
 * same nodes as parsing all the lines together.
 *
 * A paragraph is at the top level unless a fenced code block or block HTML of CommonMark
 * kinds 1 to 5 is open, which blank lines do not close. Where that is unclear (an HTML end
 * on its opening line, an opener under a line that is not plain) the rest of the lines go
 * to the parser: such input is rare enough.
 */
export function proseStretches(lines: readonly SourceLine[]): ProseStretch[] {
  const stretches: ProseStretch[] = []
  let open: BlockEnd | null = null
  let unsure = false
  let paragraph: SourceLine[] = []
  let paragraphPlain = true
  const push = (plain: boolean, taken: readonly SourceLine[]): void => {
    const last = stretches.at(-1)
    if (last && !last.plain && !plain) {
      for (const line of taken) last.lines.push(line)
    } else {
      stretches.push({plain, lines: [...taken]})
    }
  }
  const flush = (plain: boolean): void => {
    if (paragraph.length > 0) push(plain, paragraph)
    paragraph = []
    paragraphPlain = true
  }
  for (const line of lines) {
    if (unsure || open !== null) {
      if (open !== null && open(line)) open = null
      push(false, [line])
      continue
    }
    if (blankLine.test(line.text)) {
      flush(paragraphPlain)
      // Markdown sees the blank lines after its lines: an indented code block keeps a
      // blank line of four columns when more code may follow.
      if (stretches.at(-1)?.plain === false) push(false, [line])
      continue
    }
    const opened = openedBlock(line)
    // Below plain lines an opener always opens (it interrupts the paragraph); below a
    // heading or block HTML that blank lines end, it may be their text.
    const sure = paragraphPlain
    paragraph.push(line)
    paragraphPlain &&= isPlainLine(line)
    if (opened === undefined) continue
    flush(false)
    if (opened === null || !sure) unsure = true
    else open = opened
  }
  flush(paragraphPlain)
  return stretches
}

/** Whether a line closes the open block. */
type BlockEnd = (line: SourceLine) => boolean

/**
 * The end test of the block that `line` opens when blank lines cannot end it; `undefined`
 * when the line opens no such block, `null` when it opens one whose end is unclear.
 */
function openedBlock(line: SourceLine): BlockEnd | null | undefined {
  const fence = fenceOpen.exec(line.text)
  if (fence) {
    const marker = fence[1] ?? ''
    // A backtick fence's info string holds no backtick; otherwise it is code text, not a fence.
    if (marker.startsWith(backtick) && line.text.slice(fence[0].length).includes(backtick)) return undefined
    return (next) => isClosingFence(next.text, marker)
  }
  for (const {start, end} of htmlOpeners) {
    if (!start.test(line.text)) continue
    return end.test(line.text) ? null : (next) => end.test(next.text)
  }
  return undefined
}

/** Whether `text` closes a fence opened with `marker`: up to three spaces, a run as long, white space. */
function isClosingFence(text: string, marker: string): boolean {
  const character = marker.charAt(0)
  let at = 0
  while (text[at] === ' ') at++
  if (at > maxIndent) return false
  const runStart = at
  while (text[at] === character) at++
  if (at - runStart < marker.length) return false
  return blankLine.test(text.slice(at))
}
