/**
 * Help text of `wikitally`, pinned by a test.
 */

/** What `wikitally --help` prints. */
export const helpText = `Usage: wikitally <command> [options]

Turn scraped Wikipedia election articles into clean, checked election data.

Commands:
  convert   convert articles to JSON, YAML, CSV or NDJSON, and data back
  check     check articles' internal consistency, with places (FILE|DIR|GLOB|-)
  show      show elections in the terminal: results with bars, messages
  schema    print the JSON Schema of the election data
  rules     list every message id with its severity and description

Run \`wikitally <command> --help\` for a command's options.

Options:
  -h, --help     show this help
  -v, --version  print the version
`
