import {describe, expect, it} from 'vitest'
import {formatProgress} from '../../../src/cli/batch/format-progress.js'
import {formatSummary} from '../../../src/cli/batch/format-summary.js'

const tally = {done: 100, total: 400, failed: 2, rows: 2310, warnings: 1, elapsed: 4000}

describe('formatProgress', () => {
  it('shows the bar, the count, the rate, the time left and failures', () => {
    expect(formatProgress(tally)).toBe('[######..................]  100/400  25.0/s  ETA 12.0 s  2 failed')
  })

  it('shows a count alone when the total is unknown', () => {
    expect(formatProgress({...tally, total: null, failed: 0})).toBe('100 done  25.0/s')
  })
})

describe('formatSummary', () => {
  it('says in one line what the batch did', () => {
    expect(formatSummary(tally)).toBe('wikitally convert: 100 articles, 2 failed, 2,310 rows, 1 warning in 4.0 s (25/s)\n')
  })
})
