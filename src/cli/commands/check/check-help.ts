/**
 * Help text of `wikitally check`.
 */

/** Shown by `wikitally check --help`; pinned by a test. */
export const checkHelp = `Usage: wikitally check [options] <FILE|DIR|->...

Check election articles for internal consistency: totals, percentages, delegates, the
infobox. Folders are walked for .md and .txt files; - reads standard input.

Options:
  --report <human|json>   report format (default: human, to stderr; json goes to stdout)
  --rule <ID=LEVEL>       set a rule to off, error, warning or info (repeatable)
  --strict                exit 1 on warnings too
  -q, --quiet             leave out files without messages
  -h, --help              show this help

Exit status: 0 no errors, 1 an error (or a warning with --strict) or an unreadable
input, 2 bad usage.

Examples:
  wikitally check article.md
  wikitally check --strict --rule stage-mismatch=off articles/
  wikitally check --report json articles/ > report.json
`
