/**
 * The human report of `wikitally check`, in the vfile-reporter look.
 */
import type {FileMessage} from '../pipeline/file-message.js'
import {pieceLength} from '../../serialize/large-value.js'
import {formatMessageLines} from './format-messages.js'
import {paint} from './paint.js'
import {printable} from './printable.js'
import {summarizeMessages} from './summarize-messages.js'

/** One checked input: its path as shown and the messages placed on it. */
export interface CheckedFile {
  /** Path relative to the current folder (`<stdin>` for standard input). */
  path: string
  /** Messages in source order. */
  messages: readonly FileMessage[]
}

/** Options of `formatReport`. */
export interface ReportOptions {
  /** Wrap severities and paths in ANSI colour. */
  color: boolean
  /** Leave out files without messages. */
  quiet: boolean
}

/**
 * Render `files` for a person:
 *
 *     seed.md
 *       4:1-4:69  warning  Expected the election name to ..., got `primary`  stage-mismatch
 *
 *     1 warning
 *
 * A clean file is one line, `seed.md: no issues found`. Ends with a newline; empty when
 * every file is hidden.
 */
export function formatReport(files: readonly CheckedFile[], options: ReportOptions): string {
  return [...formatReportChunks(files, options)].join('')
}

/**
 * The text of `formatReport` in pieces of a few kilobytes, made as they are written: the
 * report of one article can be far larger than the article (every line is padded to the
 * longest reason).
 */
export function* formatReportChunks(files: readonly CheckedFile[], options: ReportOptions): Generator<string, void, undefined> {
  let text = ''
  // Blocks are separated by a blank line; the report ends with a newline.
  let blocks = 0
  const startBlock = (line: string) => {
    text += (blocks++ === 0 ? '' : '\n\n') + line
  }
  for (const file of files) {
    const path = paint(printable(file.path), 'underline', options.color)
    if (file.messages.length === 0) {
      if (!options.quiet) startBlock(`${path}: no issues found`)
      continue
    }
    startBlock(path)
    for (const line of formatMessageLines(file.messages, options.color)) {
      text += '\n' + line
      if (text.length >= pieceLength) {
        yield text
        text = ''
      }
    }
  }
  const summary = summarizeMessages(files.flatMap((file) => file.messages))
  if (summary !== '') startBlock(summary)
  if (blocks > 0) yield text + '\n'
}
