/**
 * fast-check arbitraries for elections full of hostile strings and numbers.
 */
import fc from 'fast-check'
import {
  candidateKinds,
  captionKinds,
  severities,
  stages,
  type CandidateResult,
  type Election,
  type ElectionMessage,
  type ElectionTable,
  type InfoboxEntry,
  type SourcePosition
} from '../../src/model/election.js'
import {withSummary} from '../../src/model/summarize-election.js'

/** Strings that other formats like to read as something else. */
export const hostileStrings = [
  '', ' ', 'yes', 'no', 'No', 'NO', 'y', 'n', 'on', 'off', 'true', 'False', 'null', 'Null', '~',
  '0123', '0o17', '0x1F', '0b101', '1_000', '1:30', '-1:30', '.5', '5.', '1e3', '+1', '-0',
  '.inf', '-.Inf', '.nan', '2004-04-17', '2004-4-7 1:02:03', '=', '<<', '=1+1', '+1', '-1',
  '@SUM(A1)', '\tx', '\rx', "'quoted", "''", '__proto__', 'constructor', 'a: b', 'a #b',
  '- item', '[a]', '{a}', '&anchor', '*alias', '!tag', '%YAML', '|', '>', '"', '#', ',', 'a,b',
  'line\nbreak', 'crlf\r\nx', 'cr\rx', 'trailing ', ' leading', 'tab\there', '\u2028', '\u2029',
  '\u0085', '\u007f', '\u009f', '\ufeff', '\ufffe', '\u200e', '\u202e', '😀', '𝐀lpha',
  '\ud800', '\udfff', 'a\u0000b', '---', '...', '? x', 'Évian', '9,093', '51.06%'
] as const

/** Characters that stress quoting and escaping. */
const hostileCharacters = [
  'a', 'Z', '0', '9', ' ', '\t', '\n', '\r', '"', "'", '\\', ',', ':', '#', '-', '=', '+', '@',
  '|', '*', '&', '!', '%', '.', '~', '\u0000', '\u0085', '\u007f', '\u00a0', '\u2028', '\u2029',
  '\u200e', '\u202e', '\ufeff', '\ufffe', '😀', '\ud800', '\udc00', 'é'
] as const

/** A hostile string: a known troublemaker, random code points, or a mix of hostile characters. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.string({unit: 'binary', maxLength: 8}),
  fc.string({unit: fc.constantFrom(...hostileCharacters), maxLength: 8})
)

/** A nullable hostile string. */
const text = fc.option(hostileString, {nil: null})

/** A finite number other than `-0` (JSON has no negative zero). */
export const finiteNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({noNaN: true, noDefaultInfinity: true}).map((value) => (Object.is(value, -0) ? 0 : value)),
  fc.constantFrom(9093, 51.06, 0.6, 100, 1e21, 5e-7, -3, 12345678901234567000)
)

/** A nullable number. */
const share = fc.option(finiteNumber, {nil: null})

/** A nullable safe integer. */
const integer = fc.option(fc.maxSafeInteger(), {nil: null})

/** A nullable count (votes, delegates), which the schema holds to safe integers. */
const count = integer

/** A source position, null three times out of four to keep the outputs small. */
const position: fc.Arbitrary<SourcePosition | null> = fc.oneof(
  {weight: 3, arbitrary: fc.constant(null)},
  {
    weight: 1,
    arbitrary: fc.record({
      start: fc.record({line: fc.nat(), column: fc.nat()}),
      end: fc.record({line: fc.nat(), column: fc.nat()})
    })
  }
)

/** A result row. */
const candidate: fc.Arbitrary<CandidateResult> = fc.record({
  name: hostileString,
  kind: fc.constantFrom(...candidateKinds),
  withdrawn: fc.boolean(),
  party: text,
  runningMate: text,
  homeState: text,
  color: text,
  votes: count,
  percent: share,
  delegates: count,
  delegateBreakdown: fc.option(
    fc.record({pledged: count, unpledged: count, bound: count, unbound: count}),
    {nil: null}
  ),
  electoralVotes: count,
  winner: fc.boolean(),
  infoboxIndex: integer,
  position
})

/** An infobox line. */
const infoboxEntry: fc.Arbitrary<InfoboxEntry> = fc.record({
  key: hostileString,
  label: hostileString,
  value: hostileString,
  position
})

/** A raw table. */
const table: fc.Arbitrary<ElectionTable> = fc.record({
  section: text,
  caption: text,
  captionKind: fc.option(fc.constantFrom(...captionKinds), {nil: null}),
  header: fc.array(fc.array(hostileString, {maxLength: 3}), {maxLength: 2}),
  rows: fc.array(fc.array(hostileString, {maxLength: 3}), {maxLength: 2}),
  notes: fc.array(hostileString, {maxLength: 2}),
  position
})

/** A message. */
const message: fc.Arbitrary<ElectionMessage> = fc.record({
  ruleId: hostileString,
  severity: fc.constantFrom(...severities),
  reason: hostileString,
  line: integer,
  column: integer,
  endLine: integer,
  endColumn: integer
})

/** Whole elections, any field hostile. */
export const electionArbitrary: fc.Arbitrary<Election> = fc.record({
  title: text,
  name: text,
  date: text,
  year: integer,
  stage: fc.option(fc.constantFrom(...stages), {nil: null}),
  party: text,
  jurisdiction: fc.record({name: text, code: text, fips: text}),
  delegates: fc.record({total: count, pledged: count, unpledged: count}),
  previous: fc.record({name: text, year: integer}),
  next: fc.record({name: text, year: integer}),
  candidates: fc.array(candidate, {maxLength: 2}),
  totals: fc.record({votes: count, percent: share, delegates: count, electoralVotes: count, position}),
  mainTable: integer,
  infobox: fc.array(infoboxEntry, {maxLength: 2}),
  tables: fc.array(table, {maxLength: 1}),
  messages: fc.array(message, {maxLength: 1}),
  sourceFile: text,
  sourceId: text
}).map(withSummary)
