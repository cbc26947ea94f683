/**
 * Help text of `wikitally convert`, pinned by a test.
 */

/** What `wikitally convert --help` prints. */
export const convertHelp = `Usage: wikitally convert [options] [FILE|DIR|GLOB|-]...

Convert scraped Wikipedia election articles into election data, and back.
Reads standard input when no FILE is given (or for \`-\`); a DIR is searched
for .md and .txt files; a GLOB (\`'articles/**/*.md'\`) is expanded even when
the shell does not. Thousands of inputs stream through in bounded memory.

Options:
  --to FORMAT      json, yaml, csv, ndjson; gfm (a GitHub-flavoured markdown
                   report: results tables and warnings); sqlite (a database of
                   elections, candidates, messages and infobox tables, to -o
                   only); or markdown (the scraped article format, one article
                   per election). Default: what the -o file's extension says
                   (.json .yaml .yml .csv .ndjson .jsonl .db .sqlite .sqlite3
                   .md; another extension is refused), else json
  --rows KIND      with --to csv: candidates (default), one row per candidate;
                   elections, one contest row per election (winner, runner-up,
                   margins, totals)
  --from KIND      article: each input is an article;
                   ndjson: one record per line, either an article
                   {"id": ..., "text": ARTICLE} (\`id\` optional) or an election
                   as --to ndjson writes it, decided line by line;
                   json, yaml, csv, sqlite: election data that convert wrote,
                   checked against the schema (a bad field is named by its path).
                   Default: by extension (.json .yaml .yml .csv .db .sqlite
                   .sqlite3 data, .ndjson .jsonl records), the rest articles;
                   standard input by its content (JSON, NDJSON, YAML, CSV
                   or SQLite election data, else an article)
  -o, --output F   write to file F instead of standard output
  --out-dir DIR    write one file per input under DIR, mirroring the input tree:
                   a/b.md gives DIR/a/b.md.json (an NDJSON record: its id)
  -j, --jobs N     conversions at once, in worker threads (default: the idle
                   cores, fewer for small inputs; see the README)
  --max-size SIZE  skip inputs (and NDJSON lines) larger than SIZE (default
                   8MiB; e.g. 500k, 2MiB); above 8MiB it raises the caps of
                   250,000 lines and 100,000 table cells in proportion
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
and the same bytes whatever --jobs. NDJSON input always gives a list; article
records converted --to ndjson give one line each, carrying the record's id as
\`sourceId\`, and a record that fails is the line {"sourceId": ..., "error":
{"ruleId", "reason"}} (unless --errors F takes it), so any split of the input
into shards gives the same lines. An election id used twice in a CSV or
database gets -2, -3, ... (duplicate-election-id names it). A regular
file is written whole or not at all (a temporary file renamed into place); a
FIFO, a device or a link is written through, never replaced. --out-dir names
are cut to 200 bytes a segment and never lead out of DIR.

Failures: an input that cannot be read (file-unreadable), is empty
(file-empty), is binary (file-binary), is over --max-size (file-too-large),
is one of several and has no election, that is no candidate from a results
table or the infobox (no-election), is an NDJSON line that is not a record
(record-invalid), is election data that does not fit the schema
(data-invalid), or whose --out-dir file cannot be written (output-unwritable)
is named on standard error and skipped; the others are still written. An
article converted alone is written even without candidates, with its
no-results warning. UTF-16 with a byte order mark is read as text.

Standard error: warnings as FILE:LINE:COLUMN  severity  reason  rule-id; a
progress bar when it is a terminal; for several inputs, one summary line.

Exit status: 0 fine, 1 an input could not be read or converted (the others are
still written) or an output could not be written, 2 bad usage, 130 stopped by
SIGINT or SIGTERM (no temporary file is left).

Examples:
  wikitally convert fixtures/articles/2004-north-carolina-democratic-caucuses/input.md --to yaml
  wikitally convert election.json --to markdown
  wikitally convert articles/ -o results.csv --errors failed.json
  wikitally convert articles/ --to csv --rows elections -o contests.csv
  wikitally convert articles/ -o elections.db
  wikitally convert elections.db --to json
  wikitally convert 'scraped/**/*.txt' --out-dir elections/
  wikitally convert all.ndjson -o all.json
  cat article.md | wikitally convert --to json
  jq -c '{id: .title, text: .body}' dump.jsonl | wikitally convert --from ndjson --to ndjson
`
