/**
 * Help text of `wikitally`, pinned by a test.
 */

/** What `wikitally --help` prints. */
export const helpText = `Usage: wikitally <command> [options]

Turn scraped Wikipedia election articles into clean, checked election data.

Commands:
  convert   convert articles to JSON, YAML, CSV or NDJSON
  check     report consistency problems with their places
  show      print one election for people to read

Run \`wikitally <command> --help\` for a command's options.

Options:
  -h, --help     show this help
  -v, --version  print the version
`
