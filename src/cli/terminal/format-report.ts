/**
 * The human report of `wikitally check`, in the vfile-reporter look.
 */
import type {FileMessage} from '../pipeline/file-message.js'
import {formatMessages} from './format-messages.js'
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
  const blocks: string[] = []
  for (const file of files) {
    if (file.messages.length === 0) {
      if (!options.quiet) blocks.push(`${paint(printable(file.path), 'underline', options.color)}: no issues found`)
      continue
    }
    blocks.push([paint(printable(file.path), 'underline', options.color), ...formatMessages(file.messages, options.color)].join('\n'))
  }
  const summary = summarizeMessages(files.flatMap((file) => file.messages))
  if (summary !== '') blocks.push(summary)
  return blocks.length === 0 ? '' : blocks.join('\n\n') + '\n'
}
