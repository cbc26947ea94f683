/**
 * Converting one batch input: load, parse (or read back election data), serialize. Runs in
 * a worker or in process.
 */
import {severityOf} from '../../model/report.js'
import type {Election} from '../../model/election.js'
import {inputRuleIds} from '../inputs/input-rule-ids.js'
import type {InputFailure} from '../inputs/input-source.js'
import {loadInput} from '../inputs/load-input.js'
import {outputUnwritableRuleId, writeInsideFolder} from '../outputs/write-inside-folder.js'
import {collectGarbage} from '../pipeline/collect-garbage.js'
import {parseInput} from '../pipeline/parse-input.js'
import {readDataElections} from '../pipeline/read-data-elections.js'
import {formatWarningChunks, formatWarnings} from '../terminal/format-warnings.js'
import type {BatchResult, BatchSettings, BatchTask} from './batch-task.js'
import {electionChunks, writeElectionChunk} from './write-election-chunk.js'

/**
 * Convert the input of `task` with `settings`. Never throws: an input that cannot be read,
 * is not text, is too large, or yields no election (no candidate from a results table or the
 * infobox) comes back with a `failure`; so does a bug, as `internal-error`, so that one bad
 * input cannot stop a batch. Under `--out-dir` (`task.outFile`) the election is written
 * there, atomically, and `chunk` is null. With `pieces` (a conversion in this thread), the
 * chunk is pieces made as they are written rather than one string.
 */
export async function convertInput(task: BatchTask, settings: BatchSettings, pieces = false): Promise<BatchResult> {
  const shown = task.source.shown
  try {
    const loaded = loadInput(task.source, settings)
    if ('failure' in loaded) return failed(task.index, loaded.failure, '')
    if (task.source.kind !== 'failed' && task.source.content !== 'article') {
      const elections = await readDataElections(loaded.file, shown, task.source.content, settings.raw)
      if (!Array.isArray(elections)) return failed(task.index, elections, '')
      const [election, ...more] = elections
      if (election === undefined || more.length > 0) {
        const reason = `Expected one election in an input of a batch, got \`${elections.length}\`; convert this file on its own`
        return failed(task.index, {file: shown, ruleId: inputRuleIds.dataInvalid, reason}, '')
      }
      return converted(task, election, settings, '', 0, pieces)
    }
    const {election, messages} = parseInput(loaded.file, {...settings, sourceId: loaded.sourceId})
    if (loaded.file.value.length >= collectAfterParseLength) collectGarbage()
    const report = pieces ? formatWarningChunks(shown, messages, settings.quiet) : formatWarnings(shown, messages, settings.quiet)
    const warnings = messages.filter((message) => severityOf(message.fatal) === 'warning').length
    // In a batch an article without candidates is named and skipped; converted alone, its
    // election (title, date, infobox, tables, the `no-results` warning) is the whole output.
    const alone = settings.mode === 'document' && task.outFile === null
    if (election.candidates.length === 0 && !alone) {
      const reason = 'Expected an election (a results table or infobox candidates), got none'
      return {...failed(task.index, {file: shown, ruleId: 'no-election', reason}, report), warnings}
    }
    return converted(task, election, settings, report, warnings, pieces)
  } catch (error) {
    const reason = `Expected to convert the input, got \`${error instanceof Error ? error.message : String(error)}\``
    return failed(task.index, {file: shown, ruleId: 'internal-error', reason}, '')
  }
}

/**
 * Characters (or bytes) of an article after whose parse garbage is collected at once (see
 * `collectGarbage`): the parse of a table of 100,000 cells leaves about 100 MB of tree, which
 * V8 would otherwise still hold while the election is written and the next article parsed
 * (a folder holding two such articles peaked at 310 MiB, one alone at 180). Real articles are
 * a few tens of kilobytes.
 */
const collectAfterParseLength = 256 * 1024

/** The result of `election`, written to its own file under `--out-dir` or kept as a chunk. */
async function converted(task: BatchTask, election: Election, settings: BatchSettings, report: BatchResult['report'], warnings: number, pieces: boolean): Promise<BatchResult> {
  const write = pieces ? electionChunks : writeElectionChunk
  const chunk = await write(election, settings.format, settings.mode, settings.raw, settings.rows)
  if (task.outFile !== null && settings.outDir !== null) {
    try {
      await writeInsideFolder(settings.outDir, task.outFile, chunk, settings.runId)
    } catch (error) {
      const reason = `Expected to write \`${task.outFile}\`, got \`${error instanceof Error ? error.message : String(error)}\``
      return failed(task.index, {file: task.source.shown, ruleId: outputUnwritableRuleId, reason}, report)
    }
  }
  return {
    index: task.index,
    chunk: task.outFile === null ? chunk : null,
    baseId: election.summary.electionId,
    rows: election.candidates.length,
    warnings,
    failure: null,
    report
  }
}

/** The result of an input that failed. */
function failed(index: number, failure: InputFailure, report: BatchResult['report']): BatchResult {
  return {index, chunk: null, baseId: '', rows: 0, warnings: 0, failure, report}
}
