/**
 * Help text of `wikitally show`.
 */

/** Shown by `wikitally show --help`; pinned by a test. */
export const showHelp = `Usage: wikitally show [options] <FILE|->

Show an election article as a person reads it: title, date, stage, jurisdiction, winner,
the results with bars, the totals and what the checks found. Election data (.json, .yaml,
.csv, .ndjson, as convert writes it) shows each of its elections with the messages kept
in it. Colour only on a terminal and never when NO_COLOR is set.

Options:
  --rule <ID=LEVEL>   set a rule to off, error, warning or info (repeatable)
  --max-size <SIZE>   refuse an input larger than SIZE (default: 8MiB); above
                      8MiB the line and table cell caps grow with it
  --config <FILE>     read settings from FILE instead of searching for one
  --no-config         read no config file
  -h, --help          show this help

Settings (rules, maxSize) come from the nearest .wikitallyrc.json, .wikitallyrc.yaml
or package.json "wikitally" key, from the input's folder upward; flags win.

Exit status: 0 shown, 1 unreadable input or an error message, 2 bad usage.

Example:
  wikitally show article.md
  wikitally show elections.json
`
