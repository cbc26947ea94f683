/**
 * Help text of `wikitally schema`.
 */

/** What `wikitally schema --help` prints; pinned by a test. */
export const schemaHelp = `Usage: wikitally schema

Print the JSON Schema (draft 2020-12) of the election objects that
\`wikitally convert --to json\` writes, generated from the same schema the
tool validates against.
`
