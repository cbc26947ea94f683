/**
 * Help text of `wikitally show`.
 */

/** Shown by `wikitally show --help`; pinned by a test. */
export const showHelp = `Usage: wikitally show [options] <FILE|->

Show an election article as a person reads it: title, date, stage, jurisdiction, winner,
the results with bars, the totals and what the checks found. Colour only on a terminal
and never when NO_COLOR is set.

Options:
  --rule <ID=LEVEL>   set a rule to off, error, warning or info (repeatable)
  -h, --help          show this help

Exit status: 0 shown, 1 unreadable input or an error message, 2 bad usage.

Example:
  wikitally show article.md
`
