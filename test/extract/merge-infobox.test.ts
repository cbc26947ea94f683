import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {candidateKind} from '../../src/extract/candidate-kind.js'
import {infoboxCandidates} from '../../src/extract/infobox-candidates.js'
import {fromInfoboxOnly, mergeInfobox} from '../../src/extract/merge-infobox.js'
import type {CandidateResult} from '../../src/model/election.js'
import type {InfoboxEntryNode} from '../../src/parse/mdast-wiki.js'

/** Infobox candidates from `Key: Value` lines, each placed on its own line. */
const fromInfobox = (...lines: string[]) =>
  infoboxCandidates(lines.map((line, at): InfoboxEntryNode => {
    const colon = line.indexOf(':')
    const point = {line: at + 1, column: 1}
    return {type: 'infoboxEntry', key: line.slice(0, colon), value: line.slice(colon + 1).trim(), position: {start: point, end: point}}
  }))

/** A table row. */
function row(name: string, votes: number | null, extra: Partial<CandidateResult> = {}): CandidateResult {
  return {
    name, kind: candidateKind(name), withdrawn: false, party: null, runningMate: null, homeState: null, color: null,
    votes, percent: null, delegates: null, delegateBreakdown: null, electoralVotes: null, winner: false, infoboxIndex: null, position: null,
    ...extra
  }
}

describe('mergeInfobox', () => {
  it('adds home state, colour and the infobox number to the matching row', () => {
    const merged = mergeInfobox([row('John Kerry', 4844)], fromInfobox('Candidate2: John Kerry', 'Home State2: Massachusetts', 'Color2: 00539f'), new VFile())
    expect(merged).toEqual([row('John Kerry', 4844, {homeState: 'Massachusetts', color: '#00539f', infoboxIndex: 2})])
  })

  it('keeps the table figures and reports what the infobox says otherwise', () => {
    const file = new VFile()
    const merged = mergeInfobox([row('Barack Obama', 1820)], fromInfobox('Candidate1: Barack Obama', 'Popular Vote1: 1,772'), file)
    expect(merged[0]?.votes).toBe(1820)
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['infobox-table-mismatch', 2]])
    expect(file.messages[0]?.reason).toBe("Expected the infobox's votes for `Barack Obama` to match the table's `1820`, got `1772`")
  })

  it('marks a candidate withdrawn when either source does, and says they disagree', () => {
    const file = new VFile()
    const merged = mergeInfobox([row('John Edwards', 9093)], fromInfobox('Candidate1: John Edwards, (withdrawn)'), file)
    expect(merged[0]?.withdrawn).toBe(true)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['withdrawn-mismatch'])
  })

  it('keeps the table party and fills a missing one from the infobox', () => {
    const merged = mergeInfobox(
      [row('Dwight D. Eisenhower', 90059, {party: 'Republican'}), row('Adlai Stevenson', 83315)],
      fromInfobox('Nominee1: Dwight D. Eisenhower', 'Party1: Grand Old Party', 'Nominee2: Adlai Stevenson', 'Party2: Democratic Party (United States)'),
      new VFile()
    )
    expect(merged.map((candidate) => candidate.party)).toEqual(['Republican', 'Democratic'])
  })

  it('matches a table name with a ` of State` tail', () => {
    const merged = mergeInfobox([row('Martin Van Buren of New York', 14037)], fromInfobox('Nominee2: Martin Van Buren'), new VFile())
    expect(merged[0]?.infoboxIndex).toBe(2)
  })

  it('appends infobox candidates no row matches', () => {
    const merged = mergeInfobox([row('John Kerry', 10)], fromInfobox('Candidate1: John Kerry', 'Candidate2: Al Sharpton', 'Popular Vote2: 5'), new VFile())
    expect(merged.map((candidate) => [candidate.name, candidate.votes, candidate.infoboxIndex])).toEqual([['John Kerry', 10, 1], ['Al Sharpton', 5, 2]])
  })

  it('gives each row to one infobox candidate only', () => {
    const merged = mergeInfobox([row('John Smith', 10)], fromInfobox('Candidate1: John Smith', 'Candidate2: John Smith'), new VFile())
    expect(merged.map((candidate) => candidate.infoboxIndex)).toEqual([1, 2])
  })
})

describe('fromInfoboxOnly', () => {
  it('makes a result row of an infobox candidate, placed on its name entry', () => {
    const [candidate] = fromInfobox('Candidate1: Mitt Romney', 'Delegate Count1: 9')
    expect(fromInfoboxOnly(candidate!)).toMatchObject({
      name: 'Mitt Romney', kind: 'candidate', votes: null, percent: null, delegates: 9, infoboxIndex: 1,
      position: {start: {line: 1, column: 1}}
    })
  })
})
