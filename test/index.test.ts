/**
 * The public API: a change to the export list is a deliberate decision.
 */
import {expect, it} from 'vitest'
import * as wikitally from '../src/index.js'

it('exports exactly the public API', () => {
  expect(Object.keys(wikitally).sort()).toEqual([
    'ElectionReadError',
    'MarkdownWriteError',
    'applyRuleConfig',
    'candidateKinds',
    'candidateSchema',
    'csvColumnNames',
    'defaultMaxSize',
    'electionId',
    'electionIds',
    'electionSchema',
    'extractElection',
    'fromCsv',
    'fromJson',
    'fromNdjson',
    'fromSqlite',
    'fromYaml',
    'listRules',
    'messageSchema',
    'parseArticle',
    'parseElection',
    'readSettings',
    'remarkFlatSyntax',
    'remarkInfobox',
    'remarkLooseTable',
    'remarkProseOnly',
    'remarkTableCaption',
    'remarkWikiHeading',
    'remarkWikitally',
    'ruleRegistry',
    'rules',
    'severities',
    'stages',
    'summarizeElection',
    'summaryColumnNames',
    'summarySchema',
    'toCsv',
    'toGfm',
    'toJson',
    'toJsonSchema',
    'toJsonSchemaText',
    'toMarkdown',
    'toNdjson',
    'toSqlite',
    'toYaml',
    'validateElection',
    'withoutPositions'
  ])
})

it('parses the seed sample through the public API', () => {
  const {election} = wikitally.parseElection('= 2004 Maine Democratic caucuses =\n\n| Candidate | Votes |\n| Ann Lee | 3 |\n')
  expect(election.stage).toBe('caucus')
  expect(election.candidates.map((candidate) => [candidate.name, candidate.votes])).toEqual([['Ann Lee', 3]])
})
