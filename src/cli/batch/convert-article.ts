/**
 * Converting one batch input: read, decode, parse, serialize. Runs in a worker or in process.
 */
import {VFile} from 'vfile'
import {severityOf} from '../../model/report.js'
import {parseElection} from '../../parse-election.js'
import {formatWarnings} from '../format-warnings.js'
import {parseInput} from '../parse-input.js'
import type {BatchFailure, BatchResult, BatchSettings, BatchTask} from './batch-task.js'
import {loadArticle} from './load-article.js'
import {writeElectionChunk} from './write-election-chunk.js'
import {writeFileAtomic} from './write-file-atomic.js'

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
    const loaded = await loadArticle(task.source, settings.maxSize)
    if ('failure' in loaded) return failed(task.index, loaded.failure, '')
    const file = new VFile({value: loaded.bytes ?? loaded.text})
    if (loaded.sourceFile !== null) file.path = loaded.sourceFile
    const {election, messages} = parseInput(file, parseElection, settings.rules)
    const report = formatWarnings(shown, messages, settings.quiet)
    const warnings = messages.filter((message) => severityOf(message.fatal) === 'warning').length
    // In a batch an article without candidates is named and skipped; converted alone, its
    // election (title, date, infobox, tables, the `no-results` warning) is the whole output.
    const alone = settings.mode === 'document' && task.outFile === null
    if (election === null || (election.candidates.length === 0 && !alone)) {
      const reason = 'Expected an election (a results table or infobox candidates), got none'
      return {...failed(task.index, {file: shown, ruleId: 'no-election', reason}, report), warnings}
    }
    const chunk = await writeElectionChunk(election, settings.format, settings.mode, settings.raw)
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
function failed(index: number, failure: BatchFailure, report: string): BatchResult {
  return {index, chunk: null, baseId: '', rows: 0, warnings: 0, failure, report}
}
