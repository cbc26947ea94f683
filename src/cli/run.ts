/**
 * The `wikitally` command line: dispatches to one module per command.
 */
import {parseElection} from '../parse-election.js'
import {convertCommand} from './command-convert.js'
import {runCheck} from './run-check.js'
import {runShow} from './run-show.js'
import {rulesCommand} from './command-rules.js'
import {schemaCommand} from './command-schema.js'
import {helpText} from './help.js'
import {exitCodes, type Io} from './io.js'

/** A command: its own arguments in, an exit code out. */
export type Command = (argv: readonly string[], io: Io) => Promise<number>

const commands: Readonly<Record<string, Command>> = {
  convert: convertCommand,
  check: (argv, io) => runCheck(argv, io, parseElection),
  show: (argv, io) => runShow(argv, io, parseElection),
  schema: schemaCommand,
  rules: rulesCommand
}

/**
 * Run the CLI with `argv` (without `node` and the script) and return the exit code.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText)
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === '--version' || name === '-v') {
    io.stdout(version + '\n')
    return exitCodes.ok
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!command) {
    io.stderr(`wikitally: unknown command \`${name}\`; expected one of ${Object.keys(commands).join(', ')} (see \`wikitally --help\`)\n`)
    return exitCodes.usage
  }
  return command(rest, io)
}

/** The package version, kept in step with package.json by a test. */
export const version = '0.1.0'
