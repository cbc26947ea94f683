/**
 * Parsing the text of a YAML config file, in a module of its own so that the CLI loads the
 * YAML library only when such a file exists.
 */
import {parse} from 'yaml'

/** The data of the YAML document `text` (a duplicate key or bad syntax throws). */
export function parseYamlConfig(text: string): unknown {
  return parse(text) as unknown
}
