import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {applyLegends} from '../../src/extract/apply-legends.js'
import type {Legend} from '../../src/extract/read-legend.js'
import type {CandidateResult} from '../../src/model/election.js'
import {makeSeedElection} from '../validate/election-factory.js'

const rows = (): CandidateResult[] => makeSeedElection().candidates.slice(0, 3).map((row) => ({...row, withdrawn: false}))

/** Withdrawn flags and message ids after applying `legends` to rows marked `marks`. */
function apply(marks: (string | null)[], legends: Legend[]): [boolean[], string[]] {
  const file = new VFile()
  const result = applyLegends(rows(), marks, legends, null, file)
  return [result.map((row) => row.withdrawn), file.messages.map((message) => message.ruleId ?? '')]
}

describe('applyLegends', () => {
  it('marks the rows a withdrawal legend explains', () => {
    expect(apply([null, '*', '*'], [{mark: '*', meaning: 'withdrawn', text: 'Withdrew'}])).toEqual([[false, true, true], []])
  })

  it('leaves incumbents as they are', () => {
    expect(apply(['^', null, null], [{mark: '^', meaning: 'incumbent', text: 'Incumbent'}])).toEqual([[false, false, false], []])
  })

  it('gives an unmarked legend to the one unexplained mark', () => {
    expect(apply([null, '†', null], [{mark: null, meaning: 'withdrawn', text: 'Withdrew before the vote.'}])).toEqual([[false, true, false], []])
  })

  it('warns on a mark no legend explains', () => {
    expect(apply([null, '‡', null], [])).toEqual([[false, false, false], ['legend-missing']])
  })

  it('warns on a withdrawal key when no row carries a mark', () => {
    expect(apply([null, null, null], [{mark: null, meaning: 'withdrawn', text: 'Withdrew prior to contest'}])).toEqual([[false, false, false], ['legend-unreadable']])
  })
})
