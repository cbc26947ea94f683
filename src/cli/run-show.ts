/**
 * `wikitally show`, given the pipeline to run.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import {severityOf} from '../model/report.js'
import type {ElectionParser} from './election-parser.js'
import {formatReport} from './format-report.js'
import {exitCodes, type Io} from './io.js'
import {parseInput} from './parse-input.js'
import {readInput, stdinArgument} from './read-input.js'
import {readRuleOptions} from './read-rule-options.js'
import {renderElection} from './render-election.js'
import {showHelp} from './show-help.js'
import {wantsColor} from './wants-color.js'

/**
 * Show the one input named in `argv`, built with `parse`; returns the exit code.
 *
 * The view goes to stdout; an unreadable input or an election that could not be built is
 * reported on stderr instead.
 */
export async function runShow(argv: readonly string[], io: Io, parse: ElectionParser): Promise<number> {
  let values
  let positionals
  try {
    ;({values, positionals} = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        rule: {type: 'string', multiple: true, default: []},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }))
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error))
  }
  if (values.help) {
    io.stdout(showHelp)
    return exitCodes.ok
  }
  const rules = readRuleOptions(values.rule)
  if ('problem' in rules) return usage(io, rules.problem)
  const [input, ...extra] = positionals
  if (input === undefined || extra.length > 0) return usage(io, `expected one FILE or -, got ${positionals.length}`)

  const {file, readable} = await readInput(input === stdinArgument ? input : path.resolve(io.cwd, input), io)
  const parsed = readable ? parseInput(file, parse, rules.config) : {election: null, messages: file.messages}
  if (parsed.election === null) {
    io.stderr(formatReport([{path: file.path, messages: parsed.messages}], {color: wantsColor(io, 'stderr'), quiet: false}))
    return exitCodes.failed
  }
  io.stdout(renderElection(parsed.election, parsed.messages, wantsColor(io, 'stdout')))
  return parsed.messages.some((message) => severityOf(message.fatal) === 'error') ? exitCodes.failed : exitCodes.ok
}

/** Write a usage problem and return the usage exit code. */
function usage(io: Io, problem: string): number {
  io.stderr(`wikitally show: ${problem} (see \`wikitally show --help\`)\n`)
  return exitCodes.usage
}
