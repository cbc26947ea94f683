/**
 * `wikitally rules`: list every message id with its default severity and what it finds.
 */
import {parseArgs} from 'node:util'
import {listRules} from '../../../model/rule-registry.js'
import {exitCodes, type Io} from '../../io.js'

/** What `wikitally rules --help` prints; pinned by a test. */
export const rulesHelp = `Usage: wikitally rules [options]

List every message id wikitally can emit: its default severity, the stage
that emits it and what it finds. Set one with \`--rule ID=LEVEL\` or in the
\`rules\` of a config file; docs/rules.md shows each one firing.

Options:
  --report <human|json>   output format (default: human)
  -h, --help              show this help
`

/** Run `rules` with its own arguments; returns the exit code. */
export async function rulesCommand(argv: readonly string[], io: Io): Promise<number> {
  let values
  try {
    ;({values} = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        report: {type: 'string', default: 'human'},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }))
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error))
  }
  if (values.help) {
    io.stdout(rulesHelp)
    return exitCodes.ok
  }
  const rules = listRules().map(({id, severity, stage, description}) => ({id, severity, stage, description}))
  if (values.report === 'json') {
    io.stdout(JSON.stringify(rules, null, 2) + '\n')
    return exitCodes.ok
  }
  if (values.report !== 'human') return usage(io, `Expected \`--report\` to be human or json, got \`${values.report}\``)
  const idWidth = Math.max(...rules.map((rule) => rule.id.length))
  const severityWidth = Math.max(...rules.map((rule) => rule.severity.length))
  const stageWidth = Math.max(...rules.map((rule) => rule.stage.length))
  for (const rule of rules) {
    io.stdout(`${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(severityWidth)}  ${rule.stage.padEnd(stageWidth)}  ${rule.description}\n`)
  }
  return exitCodes.ok
}

/** Print a usage problem; returns the usage exit code. */
function usage(io: Io, problem: string): number {
  io.stderr(`wikitally rules: ${problem}\nSee \`wikitally rules --help\`.\n`)
  return exitCodes.usage
}
