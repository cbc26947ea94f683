/**
 * The election model: one zod schema from which the TypeScript types are inferred and the
 * published JSON Schema is generated.
 *
 * "Absent in the source" is `null`, never a missing key, so every output format carries the
 * same shape.
 */
import {z} from 'zod'
import {candidateKinds, captionKinds, severities, stages} from './vocabulary.js'

export {candidateKinds, captionKinds, severities, stages}

/** A place in the source text (1-based line and column). */
export const pointSchema = z.object({
  /** 1-based line. */
  line: z.number().int(),
  /** 1-based column. */
  column: z.number().int()
})

/** A source range. */
export const positionSchema = z.object({
  /** First character. */
  start: pointSchema,
  /** Just past the last character. */
  end: pointSchema
})

/** One `- Key: Value` line of the infobox, in source order. */
export const infoboxEntrySchema = z.object({
  /** Canonical snake_case key (`Popular Vote1` -> `popular_vote1`). */
  key: z.string(),
  /** The key exactly as written (`Popular Vote1`). */
  label: z.string(),
  /** The value exactly as written, trimmed. */
  value: z.string(),
  /** Where the line is. */
  position: positionSchema.nullable()
})

/** A pipe table, kept raw. */
export const tableSchema = z.object({
  /** Text of the nearest heading above the table, or null in the lead. */
  section: z.string().nullable(),
  /** Caption from a caption line or a padded title row, as written. */
  caption: z.string().nullable(),
  /** Whether the caption came from a caption `line` or a title `row`. */
  captionKind: z.enum(captionKinds).nullable(),
  /** Header rows (one or two), cells as written. */
  header: z.array(z.array(z.string())),
  /** Body rows, including total and footer rows, cells as written. */
  rows: z.array(z.array(z.string())),
  /** Label and legend lines glued to the table (`Caucus date: ...`, `*Withdrew ...`). */
  notes: z.array(z.string()),
  /** Where the table is. */
  position: positionSchema.nullable()
})

/** Delegates split by kind, from a breakdown header (`Pledged`, `Unpledged`, `Bound`, ...). */
export const delegateBreakdownSchema = z.object({
  /** Pledged delegates. */
  pledged: z.number().nullable(),
  /** Unpledged delegates (superdelegates). */
  unpledged: z.number().nullable(),
  /** Bound delegates. */
  bound: z.number().nullable(),
  /** Unbound delegates. */
  unbound: z.number().nullable()
})

/** One result row of the main table, merged with the infobox's numbered fields. */
export const candidateSchema = z.object({
  /** Name as shown, without markers such as `(withdrawn)`, `*` or `[1]`. */
  name: z.string(),
  /** Whether the row is a person or an Uncommitted / Write-in / Others row. */
  kind: z.enum(candidateKinds),
  /** True when the table or the infobox marks the candidate withdrawn. */
  withdrawn: z.boolean(),
  /** Party as the table shows it, else reduced from the infobox `PartyN`. */
  party: z.string().nullable(),
  /** Running mate, from the table or the infobox `Running MateN`. */
  runningMate: z.string().nullable(),
  /** Home state from the infobox `Home StateN`. */
  homeState: z.string().nullable(),
  /** Colour from the infobox `ColorN` / `ColourN`, as `#rrggbb`. */
  color: z.string().nullable(),
  /** Popular votes (or the table's count column). */
  votes: z.number().nullable(),
  /** Share of the vote, 0-100. */
  percent: z.number().nullable(),
  /** Delegates won (the national or total column). */
  delegates: z.number().nullable(),
  /** Delegates split by kind, where the table breaks them down. */
  delegateBreakdown: delegateBreakdownSchema.nullable(),
  /** Electoral votes (general elections). */
  electoralVotes: z.number().nullable(),
  /** True for the row with the most votes (delegates when there are no votes). */
  winner: z.boolean(),
  /** The infobox number (`Candidate4` -> 4) this row was merged with. */
  infoboxIndex: z.number().int().nullable(),
  /** Where the table row (or infobox entry) is. */
  position: positionSchema.nullable()
})

/** The main table's Total row. */
export const totalsSchema = z.object({
  /** Total votes. */
  votes: z.number().nullable(),
  /** Total percentage as printed (usually 100). */
  percent: z.number().nullable(),
  /** Total delegates. */
  delegates: z.number().nullable(),
  /** Total electoral votes. */
  electoralVotes: z.number().nullable(),
  /** Where the Total row is. */
  position: positionSchema.nullable()
})

/** A US state, district or territory. */
export const jurisdictionSchema = z.object({
  /** Name (`North Carolina`). */
  name: z.string().nullable(),
  /** USPS code (`NC`). */
  code: z.string().nullable(),
  /** FIPS code as a string (`37`). */
  fips: z.string().nullable()
})

/** Delegates at stake, from `Votes For Election` and the table. */
export const delegatesSchema = z.object({
  /** All delegates. */
  total: z.number().nullable(),
  /** Pledged delegates. */
  pledged: z.number().nullable(),
  /** Unpledged delegates. */
  unpledged: z.number().nullable()
})

/** A neighbouring contest named by the infobox. */
export const neighbourSchema = z.object({
  /** Article name (`Previous Election`). */
  name: z.string().nullable(),
  /** Year (`Previous Year`). */
  year: z.number().int().nullable()
})

/** Something the pipeline noticed, placed in the source. */
export const messageSchema = z.object({
  /** Stable kebab-case id (`votes-total-mismatch`). */
  ruleId: z.string(),
  /** `error` only where no election could be built. */
  severity: z.enum(severities),
  /** What was expected, then the actual value. */
  reason: z.string(),
  /** 1-based start line. */
  line: z.number().int().nullable(),
  /** 1-based start column. */
  column: z.number().int().nullable(),
  /** 1-based end line. */
  endLine: z.number().int().nullable(),
  /** 1-based end column. */
  endColumn: z.number().int().nullable()
})

/** A normalized election contest. */
export const electionSchema = z.object({
  /** Article title (the `= Title =` line). */
  title: z.string().nullable(),
  /** Infobox `Election Name`. */
  name: z.string().nullable(),
  /** Contest date as `YYYY-MM-DD`; null for ranges or a year alone. */
  date: z.string().nullable(),
  /** Contest year. */
  year: z.number().int().nullable(),
  /** Kind of contest, from the title, else the infobox. */
  stage: z.enum(stages).nullable(),
  /** The contest's party (primaries, caucuses, conventions). */
  party: z.string().nullable(),
  /** State or territory. */
  jurisdiction: jurisdictionSchema,
  /** Delegates at stake. */
  delegates: delegatesSchema,
  /** Previous contest. */
  previous: neighbourSchema,
  /** Next contest. */
  next: neighbourSchema,
  /** Result rows of the main table in table order, then infobox-only candidates. */
  candidates: z.array(candidateSchema),
  /** The main table's Total row. */
  totals: totalsSchema,
  /** Index into `tables` of the main results table. */
  mainTable: z.number().int().nullable(),
  /** Every infobox line, in order. */
  infobox: z.array(infoboxEntrySchema),
  /** Every table, kept raw. */
  tables: z.array(tableSchema),
  /** What the pipeline noticed. */
  messages: z.array(messageSchema),
  /** The input's path, or null for stdin and strings. */
  sourceFile: z.string().nullable()
})

/** A normalized election contest. */
export type Election = z.infer<typeof electionSchema>
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
