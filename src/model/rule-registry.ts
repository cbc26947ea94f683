/**
 * Every message id wikitally can emit, with its default severity, where it comes from and
 * what it finds: the one list that `report`, the rules, `--rule`, `wikitally rules` and the
 * docs read. Adding an id is adding one entry here, a section in `docs/rules.md` and a
 * fixture folder `fixtures/rules/ID/`.
 *
 * Ids name the problem in kebab-case and never change once shipped: users grep and
 * configure them.
 */
import type {severities} from './vocabulary.js'

/** Where in the pipeline an id is emitted. */
export type RuleStage =
  /** Reading the input text, before parsing (`parseElection`). */
  | 'input'
  /** Building the election from the tree. */
  | 'extract'
  /** A consistency rule over the built election. */
  | 'validate'
  /** The command line refusing an input of a batch; no election is written for it. */
  | 'cli'

/** What the registry knows of one id. */
export interface RuleInfo {
  /** Severity when no configuration re-grades it; `error` is kept for "no election". */
  readonly severity: (typeof severities)[number]
  /** Where it is emitted. */
  readonly stage: RuleStage
  /** One line saying what it finds. */
  readonly description: string
  /**
   * Why no input fires it, for the few ids that guard against our own bugs; these have no
   * fixture. Every other id has `fixtures/rules/ID/` with an input that fires it.
   */
  readonly unfired?: string
}

/** The registry, in pipeline order. */
export const ruleRegistry = {
  'input-too-large': {severity: 'error', stage: 'input', description: 'The input is over the size limit (`maxSize`), 250,000 lines or 100,000 table cells; nothing is read'},
  'input-too-deep': {
    severity: 'error',
    stage: 'input',
    description: 'The input nests deeper than the parser can follow; nothing is read',
    unfired: 'Markdown reads only the prose, with its nesting constructs off, so no input nests the parser deeply; the id guards a parser change'
  },
  'invalid-utf8': {severity: 'warning', stage: 'input', description: 'The input has ill-formed UTF-8 bytes, read as U+FFFD'},
  'nul-byte': {severity: 'warning', stage: 'input', description: 'The input has NUL characters, read as U+FFFD'},
  'bidi-control': {severity: 'warning', stage: 'input', description: 'The input has bidirectional control characters, which can show text in another order than it is stored'},
  'row-too-wide': {severity: 'warning', stage: 'input', description: 'A table row of more than 100 cells; the cells past the 99th are read as one cell'},
  'no-results': {severity: 'warning', stage: 'extract', description: 'No results table and no infobox candidates'},
  'number-not-parsed': {severity: 'warning', stage: 'extract', description: 'A cell that should hold a number does not'},
  'date-not-parsed': {severity: 'warning', stage: 'extract', description: 'The infobox election date is not a date'},
  'date-mismatch': {severity: 'warning', stage: 'extract', description: 'The lead says the contest was held on another day than the infobox date'},
  'row-shape': {severity: 'info', stage: 'extract', description: 'A row whose label spanned several columns, read by realigning its figures'},
  'row-misfit': {severity: 'warning', stage: 'extract', description: 'A row with figures that fit none of the columns'},
  'row-unplaced': {severity: 'warning', stage: 'extract', description: 'A padded row whose figures the Total row and the sums fit in several places; those are left out'},
  'span-hides-figure': {severity: 'warning', stage: 'extract', description: 'A row realigned under a spanning cell that covers a column of figures, where a figure may be lost'},
  'figure-missing': {severity: 'warning', stage: 'extract', description: 'A blank cell where every other row and the Total row have a figure'},
  'figure-is-text': {severity: 'info', stage: 'extract', description: 'A word (`Unopposed`, `Uncontested`, `N/A`) where votes would be, read as none'},
  'legend-missing': {severity: 'warning', stage: 'extract', description: 'A mark after a name (`*`, `†`) that no legend explains'},
  'legend-unreadable': {severity: 'warning', stage: 'extract', description: 'A withdrawal key whose marks the scrape lost (a colour key); withdrawals may be missing'},
  'infobox-fallback': {severity: 'warning', stage: 'extract', description: 'The candidates come from the infobox because no results table was read'},
  'name-missing': {severity: 'warning', stage: 'extract', description: 'A result row whose name cell the copy lost (it starts with a figure), named after the infobox candidate with its figures where there is one'},
  'infobox-only-candidate': {severity: 'warning', stage: 'extract', description: 'An infobox candidate with no row in the main table, added from the infobox'},
  'several-contests': {severity: 'warning', stage: 'extract', description: 'The page holds several contests; the message says which one the candidates are'},
  'main-table-guess': {severity: 'warning', stage: 'extract', description: 'Several results tables of one contest; the first was taken as the main table'},
  'row-not-result': {severity: 'info', stage: 'extract', description: 'A main-table row that is neither a result nor a total, kept in `tables` only'},
  'infobox-table-mismatch': {severity: 'warning', stage: 'extract', description: 'The infobox and the table disagree on votes, % or delegates'},
  'withdrawn-mismatch': {severity: 'warning', stage: 'extract', description: 'The infobox and the table mark different candidates withdrawn'},
  'votes-total-mismatch': {severity: 'warning', stage: 'validate', description: 'The candidates’ votes do not add up to the Total row'},
  'figure-out-of-range': {severity: 'warning', stage: 'validate', description: 'A figure no count or share can be: negative or fractional votes, a share outside 0-100, votes above the total'},
  'percent-mismatch': {severity: 'warning', stage: 'validate', description: 'A candidate’s percentage disagrees with its votes divided by the total'},
  'percent-sum': {severity: 'warning', stage: 'validate', description: 'The percentages add up to far from 100'},
  'delegates-total-mismatch': {severity: 'warning', stage: 'validate', description: 'The candidates’ delegates do not add up to the Total row'},
  'delegates-breakdown-mismatch': {severity: 'warning', stage: 'validate', description: 'Pledged and unpledged (or bound and unbound) delegates do not add up to the total'},
  'stage-mismatch': {severity: 'warning', stage: 'validate', description: 'The title and the infobox election name name different kinds of contest'},
  'numbering-gap': {severity: 'info', stage: 'validate', description: 'Infobox candidate numbers skip a number'},
  'duplicate-infobox-key': {severity: 'warning', stage: 'validate', description: 'An infobox key appears more than once'},
  'unknown-infobox-key': {severity: 'info', stage: 'validate', description: 'An infobox key is not a known Infobox election parameter'},
  'file-unreadable': {severity: 'error', stage: 'cli', description: 'An input file or folder cannot be read'},
  'file-too-large': {severity: 'error', stage: 'cli', description: 'An input file is over `--max-size`; it is not read'},
  'file-empty': {severity: 'error', stage: 'cli', description: 'An input file holds nothing but white space'},
  'file-binary': {severity: 'error', stage: 'cli', description: 'An input file is binary data, not text'},
  'record-invalid': {severity: 'error', stage: 'cli', description: 'An NDJSON input line is neither an election nor an `{"id", "text"}` article record'},
  'file-not-article': {
    severity: 'error',
    stage: 'cli',
    description: 'Election data given to `check`, which checks articles',
    unfired: 'Only `wikitally check` fires it, which the fixtures do not run; test/cli covers it'
  },
  'output-unwritable': {
    severity: 'error',
    stage: 'cli',
    description: 'The `--out-dir` file of one input cannot be written (a link in the way, a full disk); the batch goes on',
    unfired: 'Only a file system that refuses a write fires it; test/hardening covers it'
  },
  'data-invalid': {severity: 'error', stage: 'cli', description: 'Election data read back (JSON, YAML, CSV) is not well formed or does not fit the schema'},
  'no-election': {severity: 'error', stage: 'cli', description: 'An input of a batch gives no candidate, so no election is written'},
  'duplicate-election-id': {severity: 'info', stage: 'cli', description: 'Two elections of a CSV or SQLite output have the same id; a later one gets a suffix such as `-2`'},
  'internal-error': {
    severity: 'error',
    stage: 'cli',
    description: 'A bug stopped the conversion of one input; the batch goes on',
    unfired: 'Only a bug in wikitally fires it'
  }
} as const satisfies Readonly<Record<string, RuleInfo>>

/** An id of the registry. */
export type RuleId = keyof typeof ruleRegistry

/** Whether `id` is in the registry; inherited keys such as `__proto__` are not. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(ruleRegistry, id)
}

/** Every id with its entry, in registry order. */
export function listRules(): Array<RuleInfo & {id: RuleId}> {
  return (Object.keys(ruleRegistry) as RuleId[]).map((id) => ({id, ...ruleRegistry[id]}))
}
