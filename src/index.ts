/**
 * wikitally: scraped Wikipedia election articles in, checked election data out.
 */
export {parseElection} from './parse-election.js'
export type {ParseElectionOptions, ParsedElection} from './parse-election.js'
export {readSettings} from './read-settings.js'
export type {Settings} from './read-settings.js'
export {defaultMaxSize} from './parse/check-input-size.js'
export {parseArticle} from './parse/parse-article.js'
export {remarkWikitally} from './parse/remark-wikitally.js'
export {remarkFlatSyntax} from './parse/remark-flat-syntax.js'
export {remarkProseOnly} from './parse/remark-prose-only.js'
export {remarkWikiHeading} from './parse/remark-wiki-heading.js'
export {remarkInfobox} from './parse/remark-infobox.js'
export {remarkLooseTable} from './parse/remark-loose-table.js'
export {remarkTableCaption} from './parse/remark-table-caption.js'
export type {InfoboxNode, InfoboxEntryNode, TableCaption} from './parse/mdast-wiki.js'
export {extractElection} from './extract/extract-election.js'
export {validateElection} from './validate/validate-election.js'
export type {ValidateOptions} from './validate/validate-election.js'
export {rules} from './validate/rules.js'
export {listRules, ruleRegistry} from './model/rule-registry.js'
export type {RuleId, RuleInfo, RuleStage} from './model/rule-registry.js'
export {applyRuleConfig} from './validate/apply-rule-config.js'
export type {Rule, RuleConfig, RuleSetting} from './validate/rule.js'
export {toJson} from './serialize/to-json.js'
export {toNdjson} from './serialize/to-ndjson.js'
export {toYaml} from './serialize/to-yaml.js'
export {toCsv} from './serialize/to-csv.js'
export type {CsvOptions, CsvRows} from './serialize/to-csv.js'
export {toSqlite} from './serialize/to-sqlite.js'
export {fromSqlite} from './serialize/from-sqlite.js'
export {toGfm} from './serialize/to-gfm.js'
export {fromJson} from './serialize/from-json.js'
export {fromNdjson} from './serialize/from-ndjson.js'
export {fromYaml} from './serialize/from-yaml.js'
export {fromCsv} from './serialize/from-csv.js'
export {ElectionReadError} from './serialize/election-read-error.js'
export type {ReadProblem} from './serialize/election-read-error.js'
export type {Elections} from './serialize/election-list.js'
export {toMarkdown} from './serialize/to-markdown.js'
export {MarkdownWriteError} from './serialize/markdown-write-error.js'
export {toJsonSchema, toJsonSchemaText} from './serialize/to-json-schema.js'
export {withoutPositions} from './serialize/without-positions.js'
export {electionId} from './model/election-id.js'
export {electionIds} from './serialize/election-ids.js'
export {summarizeElection} from './model/summarize-election.js'
export {csvColumnNames} from './serialize/csv-columns.js'
export {summaryColumnNames} from './serialize/summary-columns.js'
export {
  candidateKinds,
  candidateSchema,
  electionSchema,
  messageSchema,
  severities,
  stages,
  summarySchema
} from './model/election.js'
export type {
  CandidateKind,
  CandidateResult,
  DelegateBreakdown,
  Election,
  ElectionFacts,
  ElectionMessage,
  ElectionSummary,
  ElectionTable,
  InfoboxEntry,
  Severity,
  SourcePosition,
  Stage,
  Totals
} from './model/election.js'
