import {describe, expect, it} from 'vitest'
import {candidateKind} from '../../src/extract/candidate-kind.js'
import {markWinners} from '../../src/extract/mark-winners.js'
import type {CandidateResult} from '../../src/model/election.js'

/** A result row with only what the winner depends on. */
function row(name: string, votes: number | null, delegates: number | null = null): CandidateResult {
  return {
    name, kind: candidateKind(name), withdrawn: false, party: null, runningMate: null, homeState: null, color: null,
    votes, percent: null, delegates, delegateBreakdown: null, electoralVotes: null, winner: false, infoboxIndex: null, position: null
  }
}

const winners = (rows: CandidateResult[]) => markWinners(rows).filter((candidate) => candidate.winner).map((candidate) => candidate.name)

describe('markWinners', () => {
  it('marks the candidate with the most votes', () => {
    expect(winners([row('Kerry', 4844), row('Edwards', 9093)])).toEqual(['Edwards'])
  })

  it('never marks an Uncommitted or Others row', () => {
    expect(winners([row('Uncommitted', 900), row('Obama', 500), row('Others', 1000)])).toEqual(['Obama'])
  })

  it('uses delegates where no row has votes', () => {
    expect(winners([row('Romney', null, 9), row('Paul', null, 0)])).toEqual(['Romney'])
  })

  it('marks every leader of a tie', () => {
    expect(winners([row('A. Smith', 10), row('B. Jones', 10), row('C. Brown', 3)])).toEqual(['A. Smith', 'B. Jones'])
  })

  it('marks nobody when every figure is zero or missing', () => {
    expect(winners([row('A. Smith', 0), row('B. Jones', null)])).toEqual([])
  })

  it('marks a lone candidate with no figures, who ran unopposed', () => {
    expect(winners([row('Joe Biden', null)])).toEqual(['Joe Biden'])
    expect(winners([row('Joe Biden', null), row('Uncommitted', null)])).toEqual(['Joe Biden'])
  })

  it('marks nobody among several candidates with no figures', () => {
    expect(winners([row('A. Smith', null), row('B. Jones', null)])).toEqual([])
  })

  it('does not change its input', () => {
    const rows = [row('A. Smith', 10)]
    markWinners(rows)
    expect(rows[0]?.winner).toBe(false)
  })
})
