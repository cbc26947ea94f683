/**
 * Converting one batch input: load, parse, serialize. Runs in a worker or in process.
 */
import {severityOf} from '../../model/report.js'
import type {InputFailure} from '../inputs/input-source.js'
import {loadInput} from '../inputs/load-input.js'
import {writeFileAtomic} from '../outputs/write-file-atomic.js'
import {parseInput} from '../pipeline/parse-input.js'
import {formatWarnings} from '../terminal/format-warnings.js'
import type {BatchResult, BatchSettings, BatchTask} from './batch-task.js'
import {writeElectionChunk} from './write-election-chunk.js'

/**
 * Convert the input of `task` with `settings`. Never throws: an input that cannot be read,
 * is not text, is too large, or yields no election (no candidate from a results table or the
 * infobox) comes back with a `failure`; so does a bug, as `internal-error`, so that one bad
 * input cannot stop a batch. Under `--out-dir` (`task.outFile`) the election is written
 * there, atomically, and `chunk` is null.
 */
export async function convertArticle(task: BatchTask, settings: BatchSettings): Promise<BatchResult> {
  const shown = task.source.shown
  try {
    const loaded = loadInput(task.source, settings)
    if ('failure' in loaded) return failed(task.index, loaded.failure, '')
    const {election, messages} = parseInput(loaded.file, {...settings, sourceId: loaded.sourceId})
    const report = formatWarnings(shown, messages, settings.quiet)
    const warnings = messages.filter((message) => severityOf(message.fatal) === 'warning').length
    // In a batch an article without candidates is named and skipped; converted alone, its
    // election (title, date, infobox, tables, the `no-results` warning) is the whole output.
    const alone = settings.mode === 'document' && task.outFile === null
    if (election.candidates.length === 0 && !alone) {
      const reason = 'Expected an election (a results table or infobox candidates), got none'
      return {...failed(task.index, {file: shown, ruleId: 'no-election', reason}, report), warnings}
    }
    const chunk = await writeElectionChunk(election, settings.format, settings.mode, settings.raw, settings.rows)
    if (task.outFile !== null) await writeFileAtomic(task.outFile, chunk)
    return {
      index: task.index,
      chunk: task.outFile === null ? chunk : null,
      baseId: election.summary.electionId,
      rows: election.candidates.length,
      warnings,
      failure: null,
      report
    }
  } catch (error) {
    const reason = `Expected to convert the input, got \`${error instanceof Error ? error.message : String(error)}\``
    return failed(task.index, {file: shown, ruleId: 'internal-error', reason}, '')
  }
}

/** The result of an input that failed. */
function failed(index: number, failure: InputFailure, report: string): BatchResult {
  return {index, chunk: null, baseId: '', rows: 0, warnings: 0, failure, report}
}
