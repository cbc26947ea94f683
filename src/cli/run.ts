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
import {printable} from './terminal/printable.js'
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
    io.stderr(`wikitally: unknown command \`${printable(name)}\`; expected one of ${Object.keys(commands).join(', ')} (see \`wikitally --help\`)\n`)
    return exitCodes.usage
  }
  try {
    const code = await command(rest, io)
    // A command that does not watch the signal ran on cut-short input: its result is void.
    return io.signal?.aborted === true ? exitCodes.stopped : code
  } catch (error) {
    // Stopping closes standard input under a command that was reading it.
    if (io.signal?.aborted === true) return exitCodes.stopped
    // A file-system failure (EACCES, ENOSPC, EPIPE, ...) is the user's to fix: one line, no trace.
    const code = (error as {code?: unknown} | null)?.code
    if (!(error instanceof Error) || typeof code !== 'string' || !systemErrorCode.test(code)) throw error
    io.stderr(`wikitally ${name}: error: ${printable(error.message)}\n`)
    return exitCodes.failed
  }
}

/** A Node.js system error code: `EACCES`, `ENOSPC`, `ERR_FS_FILE_TOO_LARGE`. */
const systemErrorCode = /^E[A-Z\d_]+$/

/** The package version (the one the SQLite `meta` table records too). */
export const version = toolVersion
