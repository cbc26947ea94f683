/**
 * Help text of `wikitally convert`, pinned by a test.
 */

/** What `wikitally convert --help` prints. */
export const convertHelp = `Usage: wikitally convert [options] [FILE|DIR|GLOB|-]...

Convert scraped Wikipedia election articles into election data.
Reads standard input when no FILE is given (or for \`-\`); a DIR is searched
for .md and .txt files; a GLOB (\`'articles/**/*.md'\`) is expanded even when
the shell does not. Thousands of inputs stream through in bounded memory.

Options:
  --to FORMAT      json (default), yaml, csv, ndjson; gfm (a GitHub-flavoured
                   markdown report: results tables and warnings); sqlite (a
                   database of elections, candidates, messages and infobox
                   tables, written to -o only); or markdown (the scraped
                   article format, one article per election)
  --rows KIND      with --to csv: candidates (default), one row per candidate;
                   elections, one contest row per election (winner, runner-up,
                   margins, totals)
  --from KIND      article: each input is an article;
                   ndjson: each line is {"id": ..., "text": ARTICLE}, \`id\` optional;
                   json, yaml, csv, sqlite: election data that convert wrote,
                   checked against the schema (a bad field is named by its path).
                   Default: .json, .yaml, .yml, .csv, .db, .sqlite and .sqlite3
                   files are data, the rest articles
  -o, --output F   write to file F instead of standard output
  --out-dir DIR    write one file per input under DIR, mirroring the input tree:
                   a/b.md gives DIR/a/b.md.json (an NDJSON record: its id)
  -j, --jobs N     conversions at once, in worker threads (default: the idle
                   cores, fewer for small inputs; see the README)
  --max-size SIZE  skip inputs larger than SIZE (default 8MiB; e.g. 500k, 2MiB)
  --errors F       write the inputs that failed to F as JSON
                   ([{"file", "ruleId", "reason"}], \`[]\` when none did; an
                   NDJSON record with an id also has "sourceId")
  --csv-raw        do not prefix text cells that start with = + - @ TAB or CR
                   with a ' (by default they are, so spreadsheets do not run them)
  --rule ID=LEVEL  switch a rule off or re-grade it: off, info, warning, error
                   (repeatable), e.g. --rule stage-mismatch=off
  -q, --quiet      print neither warnings, progress nor the summary
  --config F       read settings from F instead of searching for a config file
  --no-config      read no config file
  -h, --help       show this help

Settings: rules, maxSize and to come from the nearest .wikitallyrc.json,
.wikitallyrc.yaml or package.json "wikitally" key, from the first input's
folder upward (the current folder for standard input); flags win.

Output: one input gives one JSON object (or YAML document); several give a JSON
array, one NDJSON line each, or one CSV table with one header, in input order
and the same bytes whatever --jobs. --from ndjson always gives a list, and
with --to ndjson one line per record, carrying the record's id as \`sourceId\`:
a record that fails is the line {"sourceId": ..., "error": {"ruleId", "reason"}}
(unless --errors F takes it), so any split of the input into shards gives the
same lines. Files are written whole or not at all (a temporary file renamed
into place). An election id used twice in a CSV or database gets -2, -3, ...
(an info line names it).

Failures: an input that cannot be read (file-unreadable), is empty
(file-empty), is binary (file-binary), is over --max-size (file-too-large),
is one of several and has no election, that is no candidate from a results
table or the infobox (no-election), or is an NDJSON line without a \`text\`
(record-invalid) is named on standard error and skipped; the others are still
written. An article converted alone is written even without candidates, with
its no-results warning.

Standard error: warnings as FILE:LINE:COLUMN  severity  reason  rule-id; a
progress bar when it is a terminal; for several inputs, one summary line.

Exit status: 0 fine, 1 an input could not be read or converted (the others are
still written), 2 bad usage.

Examples:
  wikitally convert fixtures/articles/2004-north-carolina-democratic-caucuses/input.md --to yaml
  wikitally convert election.json --to markdown
  wikitally convert articles/ --to csv -o results.csv --errors failed.json
  wikitally convert articles/ --to csv --rows elections -o contests.csv
  wikitally convert articles/ --to sqlite -o elections.db
  wikitally convert elections.db --to json
  wikitally convert 'scraped/**/*.txt' --out-dir elections/
  cat article.md | wikitally convert --to json
  jq -c '{id: .title, text: .body}' dump.jsonl | wikitally convert --from ndjson --to ndjson
`
