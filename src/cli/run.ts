/**
 * The `wikitally` command line: dispatches to one folder per command.
 */
import {checkCommand} from './commands/check/check-command.js'
import {convertCommand} from './commands/convert/convert-command.js'
import {rulesCommand} from './commands/rules/rules-command.js'
import {schemaCommand} from './commands/schema/schema-command.js'
import {showCommand} from './commands/show/show-command.js'
import {helpText} from './help.js'
import {exitCodes, type Command, type Io} from './io.js'
import {toolVersion} from '../model/tool-version.js'

/**
 * The commands by name, in the order the help lists them. A new command is a folder under
 * `commands/` exporting its runner and help, one line here and one in `helpText`.
 */
export const commands: Readonly<Record<string, Command>> = {
  convert: convertCommand,
  check: checkCommand,
  show: showCommand,
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

/** The package version (the one the SQLite `meta` table records too). */
export const version = toolVersion
