/**
 * `wikitally schema`: print the JSON Schema of the election data.
 */
import {exitCodes, type Io} from './io.js'

/** What `wikitally schema --help` prints. */
export const schemaHelp = `Usage: wikitally schema

Print the JSON Schema (draft 2020-12) of the election objects that
\`wikitally convert --to json\` writes, generated from the same schema the
tool validates against.
`

/** Run `schema`; it takes no arguments but `--help`. */
export async function schemaCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(schemaHelp)
    return exitCodes.ok
  }
  if (argv.length > 0) {
    io.stderr(`wikitally schema: Expected no arguments, got \`${argv.join(' ')}\`\nSee \`wikitally schema --help\`.\n`)
    return exitCodes.usage
  }
  // Loaded here: the schema library is large and no other command needs it at start-up.
  const {toJsonSchemaText} = await import('../serialize/to-json-schema.js')
  io.stdout(toJsonSchemaText())
  return exitCodes.ok
}
