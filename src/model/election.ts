/**
 * The election model: one zod schema from which the TypeScript types are inferred and the
 * published JSON Schema is generated.
 *
 * "Absent in the source" is `null`, never a missing key, so every output format carries the
 * same shape.
 */
import {z} from 'zod'
import {summarySchema} from './summary-schema.js'
import {candidateKinds, captionKinds, severities, stages} from './vocabulary.js'

export {candidateKinds, captionKinds, severities, stages, summarySchema}
export type {ElectionSummary} from './summary-schema.js'

/** A place in the source text (1-based line and column). */
export const pointSchema = z.object({
  /** 1-based line. */
  line: z.number().int().describe('1-based line.'),
  /** 1-based column. */
  column: z.number().int().describe('1-based column.')
})

/** A source range. */
export const positionSchema = z.object({
  /** First character. */
  start: pointSchema.describe('First character.'),
  /** Just past the last character. */
  end: pointSchema.describe('Just past the last character.')
})

/** One `- Key: Value` line of the infobox, in source order. */
export const infoboxEntrySchema = z.object({
  /** Canonical snake_case key (`Popular Vote1` -> `popular_vote1`). */
  key: z.string().describe('Canonical snake_case key (`Popular Vote1` -> `popular_vote1`).'),
  /** The key exactly as written (`Popular Vote1`). */
  label: z.string().describe('The key exactly as written (`Popular Vote1`).'),
  /** The value exactly as written, trimmed. */
  value: z.string().describe('The value exactly as written, trimmed.'),
  /** Where the line is. */
  position: positionSchema.nullable().describe('Where the line is.')
})

/** A pipe table, kept raw. */
export const tableSchema = z.object({
  /** Text of the nearest heading above the table, or null in the lead. */
  section: z.string().nullable().describe('Text of the nearest heading above the table, or null in the lead.'),
  /** Caption from a caption line or a padded title row, as written. */
  caption: z.string().nullable().describe('Caption from a caption line or a padded title row, as written.'),
  /** Whether the caption came from a caption `line` or a title `row`. */
  captionKind: z.enum(captionKinds).nullable().describe('Whether the caption came from a caption `line` or a title `row`.'),
  /** Header rows (one or two), cells as written. */
  header: z.array(z.array(z.string())).describe('Header rows (one or two), cells as written.'),
  /** Body rows, including total and footer rows, cells as written. */
  rows: z.array(z.array(z.string())).describe('Body rows, including total and footer rows, cells as written.'),
  /** Label and legend lines glued to the table (`Caucus date: ...`, `*Withdrew ...`). */
  notes: z.array(z.string()).describe('Label and legend lines glued to the table (`Caucus date: ...`, `*Withdrew ...`).'),
  /** Where the table is. */
  position: positionSchema.nullable().describe('Where the table is.')
})

/** Delegates split by kind, from a breakdown header (`Pledged`, `Unpledged`, `Bound`, ...). */
export const delegateBreakdownSchema = z.object({
  /** Pledged delegates. */
  pledged: z.number().nullable().describe('Pledged delegates (a fraction where parties split them).'),
  /** Unpledged delegates (superdelegates). */
  unpledged: z.number().nullable().describe('Unpledged delegates (superdelegates).'),
  /** Bound delegates. */
  bound: z.number().nullable().describe('Bound delegates.'),
  /** Unbound delegates. */
  unbound: z.number().nullable().describe('Unbound delegates.')
})

/** One result row of the main table, merged with the infobox's numbered fields. */
export const candidateSchema = z.object({
  /** Name as shown, without markers such as `(withdrawn)`, `*` or `[1]`. */
  name: z.string().describe('Name as shown, without markers such as `(withdrawn)`, `*` or `[1]`.'),
  /** Whether the row is a person or an Uncommitted / Write-in / Others row. */
  kind: z.enum(candidateKinds).describe('Whether the row is a person or an Uncommitted / Write-in / Others row.'),
  /** True when the table or the infobox marks the candidate withdrawn. */
  withdrawn: z.boolean().describe('True when the table or the infobox marks the candidate withdrawn.'),
  /** Party as the table shows it, else reduced from the infobox `PartyN`. */
  party: z.string().nullable().describe('Party as the table shows it, else reduced from the infobox `PartyN`.'),
  /** Running mate, from the table or the infobox `Running MateN`. */
  runningMate: z.string().nullable().describe('Running mate, from the table or the infobox `Running MateN`.'),
  /** Home state from the infobox `Home StateN`. */
  homeState: z.string().nullable().describe('Home state from the infobox `Home StateN`.'),
  /** Colour from the infobox `ColorN` / `ColourN`, as `#rrggbb`. */
  color: z.string().nullable().describe('Colour from the infobox `ColorN` / `ColourN`, as `#rrggbb`.'),
  /** Popular votes (or the table's count column). */
  votes: z.number().int().nullable().describe('Popular votes (or the table\'s count column).'),
  /** Share of the vote, 0-100. */
  percent: z.number().nullable().describe('Share of the vote, 0-100.'),
  /** Delegates won (the national or total column). */
  delegates: z.number().nullable().describe('Delegates won (the national or total column); a fraction (`2.5`) where parties split delegates.'),
  /** Delegates split by kind, where the table breaks them down. */
  delegateBreakdown: delegateBreakdownSchema.nullable().describe('Delegates split by kind, where the table breaks them down.'),
  /** Electoral votes (general elections). */
  electoralVotes: z.number().int().nullable().describe('Electoral votes (general elections).'),
  /** True for the row with the most votes (delegates when there are no votes). */
  winner: z.boolean().describe('True for the row with the most votes (delegates when there are no votes).'),
  /** The infobox number (`Candidate4` -> 4) this row was merged with. */
  infoboxIndex: z.number().int().nullable().describe('The infobox number (`Candidate4` -> 4) this row was merged with.'),
  /** Where the table row (or infobox entry) is. */
  position: positionSchema.nullable().describe('Where the table row (or infobox entry) is.')
})

/** The main table's Total row. */
export const totalsSchema = z.object({
  /** Total votes. */
  votes: z.number().int().nullable().describe('Total votes.'),
  /** Total percentage as printed (usually 100). */
  percent: z.number().nullable().describe('Total percentage as printed (usually 100).'),
  /** Total delegates. */
  delegates: z.number().nullable().describe('Total delegates; may be a fraction.'),
  /** Total electoral votes. */
  electoralVotes: z.number().int().nullable().describe('Total electoral votes.'),
  /** Where the Total row is. */
  position: positionSchema.nullable().describe('Where the Total row is.')
})

/** A US state, district or territory. */
export const jurisdictionSchema = z.object({
  /** Name (`North Carolina`). */
  name: z.string().nullable().describe('Name (`North Carolina`).'),
  /** USPS code (`NC`). */
  code: z.string().nullable().describe('USPS code (`NC`).'),
  /** FIPS code as a string (`37`). */
  fips: z.string().nullable().describe('FIPS code as a string (`37`).')
})

/** Delegates at stake, from `Votes For Election` and the table. */
export const delegatesSchema = z.object({
  /** All delegates. */
  total: z.number().nullable().describe('All delegates.'),
  /** Pledged delegates. */
  pledged: z.number().int().nullable().describe('Pledged delegates.'),
  /** Unpledged delegates. */
  unpledged: z.number().int().nullable().describe('Unpledged delegates.')
})

/** A neighbouring contest named by the infobox. */
export const neighbourSchema = z.object({
  /** Article name (`Previous Election`). */
  name: z.string().nullable().describe('Article name (`Previous Election`).'),
  /** Year (`Previous Year`). */
  year: z.number().int().nullable().describe('Year (`Previous Year`).')
})

/** Something the pipeline noticed, placed in the source. */
export const messageSchema = z.object({
  /** Stable kebab-case id (`votes-total-mismatch`). */
  ruleId: z.string().describe('Stable kebab-case id (`votes-total-mismatch`).'),
  /** `error` only where no election could be built. */
  severity: z.enum(severities).describe('`error` only where no election could be built.'),
  /** What was expected, then the actual value. */
  reason: z.string().describe('What was expected, then the actual value.'),
  /** 1-based start line. */
  line: z.number().int().nullable().describe('1-based start line.'),
  /** 1-based start column. */
  column: z.number().int().nullable().describe('1-based start column.'),
  /** 1-based end line. */
  endLine: z.number().int().nullable().describe('1-based end line.'),
  /** 1-based end column. */
  endColumn: z.number().int().nullable().describe('1-based end column.')
})

/** A normalized election contest. */
export const electionSchema = z.object({
  /** The contest row: winner, runner-up, margin and totals, derived from the fields below. */
  summary: summarySchema.describe('The contest row: winner, runner-up, margin and totals, derived from the fields below.'),
  /** Article title (the `= Title =` line). */
  title: z.string().nullable().describe('Article title (the `= Title =` line).'),
  /** Infobox `Election Name`. */
  name: z.string().nullable().describe('Infobox `Election Name`.'),
  /** Contest date as `YYYY-MM-DD`; null for ranges or a year alone. */
  date: z.string().nullable().describe('Contest date as `YYYY-MM-DD`; null for ranges or a year alone.'),
  /** Contest year. */
  year: z.number().int().nullable().describe('Contest year.'),
  /** Kind of contest, from the title, else the infobox. */
  stage: z.enum(stages).nullable().describe('Kind of contest, from the title, else the infobox.'),
  /** The contest's party (primaries, caucuses, conventions). */
  party: z.string().nullable().describe('The contest\'s party (primaries, caucuses, conventions).'),
  /** State or territory. */
  jurisdiction: jurisdictionSchema.describe('State or territory.'),
  /** Delegates at stake. */
  delegates: delegatesSchema.describe('Delegates at stake.'),
  /** Previous contest. */
  previous: neighbourSchema.describe('Previous contest.'),
  /** Next contest. */
  next: neighbourSchema.describe('Next contest.'),
  /** Result rows of the main table in table order, then infobox-only candidates. */
  candidates: z.array(candidateSchema).describe('Result rows of the main table in table order, then infobox-only candidates.'),
  /** The main table's Total row. */
  totals: totalsSchema.describe('The main table\'s Total row.'),
  /** Index into `tables` of the main results table. */
  mainTable: z.number().int().nullable().describe('Index into `tables` of the main results table.'),
  /** Every infobox line, in order. */
  infobox: z.array(infoboxEntrySchema).describe('Every infobox line, in order.'),
  /** Every table, kept raw. */
  tables: z.array(tableSchema).describe('Every table, kept raw.'),
  /** What the pipeline noticed. */
  messages: z.array(messageSchema).describe('What the pipeline noticed.'),
  /** The input's path, or null for stdin and strings. */
  sourceFile: z.string().nullable().describe('The input\'s path, or null for stdin and strings.'),
  /** The `id` of the input record (`--from ndjson`), or null where the input had none. */
  sourceId: z.string().nullable().describe('The `id` of the input record (`--from ndjson`), or null where the input had none.')
})

/** A normalized election contest. */
export type Election = z.infer<typeof electionSchema>
/** An election before its `summary` is derived (what the extract stage builds). */
export type ElectionFacts = Omit<Election, 'summary'>
/** One result row. */
export type CandidateResult = z.infer<typeof candidateSchema>
/** Kind of result row. */
export type CandidateKind = (typeof candidateKinds)[number]
/** Kind of contest. */
export type Stage = (typeof stages)[number]
/** Message severity. */
export type Severity = (typeof severities)[number]
/** One infobox line. */
export type InfoboxEntry = z.infer<typeof infoboxEntrySchema>
/** A raw table. */
export type ElectionTable = z.infer<typeof tableSchema>
/** The Total row. */
export type Totals = z.infer<typeof totalsSchema>
/** A message in output data. */
export type ElectionMessage = z.infer<typeof messageSchema>
/** A source range in output data. */
export type SourcePosition = z.infer<typeof positionSchema>
/** Delegates split by kind. */
export type DelegateBreakdown = z.infer<typeof delegateBreakdownSchema>
