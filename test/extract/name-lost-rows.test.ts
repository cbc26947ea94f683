import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {candidateKind} from '../../src/extract/candidate-kind.js'
import {infoboxCandidates} from '../../src/extract/infobox-candidates.js'
import {nameLostRows} from '../../src/extract/name-lost-rows.js'
import type {CandidateResult} from '../../src/model/election.js'
import type {InfoboxEntryNode} from '../../src/parse/mdast-wiki.js'

/** Infobox candidates from `Key: Value` lines, each placed on its own line. */
const fromInfobox = (...lines: string[]) =>
  infoboxCandidates(lines.map((line, at): InfoboxEntryNode => {
    const colon = line.indexOf(':')
    const point = {line: at + 1, column: 1}
    return {type: 'infoboxEntry', key: line.slice(0, colon), value: line.slice(colon + 1).trim(), position: {start: point, end: point}}
  }))

/** A table row on line 20. */
function row(name: string, votes: number | null, percent: number | null = null): CandidateResult {
  const point = {line: 20, column: 1}
  return {
    name, kind: candidateKind(name), withdrawn: false, party: null, runningMate: null, homeState: null, color: null,
    votes, percent, delegates: null, delegateBreakdown: null, electoralVotes: null, winner: false, infoboxIndex: null,
    position: {start: point, end: point}
  }
}

describe('nameLostRows', () => {
  it('names a nameless row after the infobox candidate with its votes and share, with a warning', () => {
    const file = new VFile()
    const named = nameLostRows([row('', 102, 31.5)], fromInfobox('Candidate1: John McCain', 'Popular Vote1: 102', 'Percentage1: 31.5%', 'Candidate2: Ron Paul', 'Popular Vote2: 9'), file)
    expect(named.map((candidate) => candidate.name)).toEqual(['John McCain'])
    expect(file.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([['name-missing', 20, false]])
  })

  it('leaves a row unnamed, with a warning, when no one candidate has its figures', () => {
    const file = new VFile()
    const infobox = fromInfobox('Candidate1: Ann Lee', 'Popular Vote1: 60', 'Candidate2: Bob Ray', 'Popular Vote2: 60')
    expect(nameLostRows([row('', 60)], infobox, file).map((candidate) => candidate.name)).toEqual([''])
    expect(nameLostRows([row('', 61)], infobox, file).map((candidate) => candidate.name)).toEqual([''])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['name-missing', 'name-missing'])
  })

  it('does not give a row the name of a candidate that has a row of its own, nor one share that disagrees', () => {
    const file = new VFile()
    const infobox = fromInfobox('Candidate1: Ann Lee', 'Popular Vote1: 60', 'Percentage1: 60%')
    expect(nameLostRows([row('Ann Lee', 60), row('', 60)], infobox, file).map((candidate) => candidate.name)).toEqual(['Ann Lee', ''])
    expect(nameLostRows([row('', 60, 59)], infobox, file).map((candidate) => candidate.name)).toEqual([''])
  })

  it('leaves named rows as they are and says nothing', () => {
    const file = new VFile()
    const rows = [row('Ann Lee', 60)]
    expect(nameLostRows(rows, fromInfobox('Candidate1: Ann Lee'), file)).toEqual(rows)
    expect(file.messages).toEqual([])
  })
})
