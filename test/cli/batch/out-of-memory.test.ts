/**
 * An article too long for a worker's capped heap is converted again in the main thread.
 */
import {expect, it} from 'vitest'
import {combineChunks} from '../../../src/cli/batch/combine-chunks.js'
import {runBatch} from '../../../src/cli/batch/run-batch.js'
import {workerEntry} from '../../../src/cli/worker-entry.js'
import {makeIo} from '../make-io.js'

const rows = Array.from({length: 60_000}, (_, at) => `| Candidate ${at} | ${at + 1} | 0.1% |`).join('\n')
const long = `= 2020 Long primary =\n\n| Candidate | Votes | % |\n${rows}\n`
const short = '= 2020 Short primary =\n\n| Candidate | Votes |\n| Ann Lee | 5 |\n'

it('retries in process an input whose worker ran out of memory, and loses no row', async () => {
  const {io, stderr} = makeIo(process.cwd())
  let output = ''
  const outcome = await runBatch({
    inputs: [long, short].map((text, at) => ({source: {kind: 'text', value: text, shown: `article-${at}`, sourceFile: `article-${at}`, sourceId: null, content: 'article'}, relative: `article-${at}`})),
    total: 2,
    settings: {format: 'ndjson', mode: 'item', raw: false, rows: 'candidates', rules: {}, maxSize: 16 << 20, quiet: true, outDir: null, runId: 'test'},
    jobs: 2,
    inThread: false,
    combiner: combineChunks('ndjson', 'item', async (text) => {
      output += text
    }, ''),
    worker: workerEntry(),
    progress: false,
    now: () => 0,
    heapLimits: {maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4}
  }, io)
  expect(outcome.failures).toEqual([])
  const elections = output.trimEnd().split('\n').map((line) => JSON.parse(line) as {candidates: unknown[]})
  expect(elections.map((election) => election.candidates.length)).toEqual([60_000, 1])
  expect(stderr()).not.toContain('internal-error')
})
