/**
 * Help text of `wikitally convert`, pinned by a test.
 */

/** What `wikitally convert --help` prints. */
export const convertHelp = `Usage: wikitally convert [options] [FILE|DIR|-]...

Convert scraped Wikipedia election articles into election data.
Reads standard input when no FILE is given (or for \`-\`); a DIR is searched
for .md and .txt files.

Options:
  --to FORMAT      json (default), yaml, csv or ndjson
  -o, --output F   write to file F instead of standard output
  --csv-raw        do not prefix text cells that start with = + - @ TAB or CR
                   with a ' (by default they are, so spreadsheets do not run them)
  --rule ID=LEVEL  switch a rule off or re-grade it: off, info, warning, error
                   (repeatable), e.g. --rule stage-mismatch=off
  -q, --quiet      do not print warnings to standard error
  -h, --help       show this help

Output: one input gives one JSON object (or YAML document); several give a JSON
array, one NDJSON line each, or one CSV table with one header. Warnings go to
standard error as FILE:LINE:COLUMN  severity  reason  rule-id.

Exit status: 0 fine, 1 an input could not be read or converted (the others are
still written), 2 bad usage.

Examples:
  wikitally convert fixtures/seed/input.md --to yaml
  wikitally convert articles/ --to csv -o results.csv
  cat article.md | wikitally convert --to json
`
