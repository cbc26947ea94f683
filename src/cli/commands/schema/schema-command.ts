/**
 * `wikitally schema`: print the JSON Schema of the election data.
 */
import {exitCodes, type Io} from '../../io.js'
import {reportUsage} from '../../terminal/report-usage.js'
import {schemaHelp} from './schema-help.js'

export {schemaHelp} from './schema-help.js'

/** Run `schema`; it takes no arguments but `--help`. */
export async function schemaCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(schemaHelp)
    return exitCodes.ok
  }
  if (argv.length > 0) return reportUsage(io, 'schema', `Expected no arguments, got \`${argv.join(' ')}\``)
  // Loaded here: the schema library is large and no other command needs it at start-up.
  const {toJsonSchemaText} = await import('../../../serialize/to-json-schema.js')
  io.stdout(toJsonSchemaText())
  return exitCodes.ok
}
