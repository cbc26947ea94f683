/**
 * Help text of `wikitally check`.
 */

/** Shown by `wikitally check --help`; pinned by a test. */
export const checkHelp = `Usage: wikitally check [options] [FILE|DIR|GLOB|-]...

Check election articles for internal consistency: totals, percentages, delegates, the
infobox. Folders are walked for .md and .txt files, globs are expanded; with no
argument, or -, standard input is read.

Options:
  --report <human|json>   report format (default: human, to stderr; json goes to stdout)
  --rule <ID=LEVEL>       set a rule to off, error, warning or info (repeatable)
  --frail                 exit 1 on warnings too (--strict is the same)
  --silent                show errors only
  --min-severity <LEVEL>  show messages of LEVEL (info, warning, error) or graver
  -q, --quiet             leave out files without (shown) messages
  --max-size <SIZE>       refuse inputs larger than SIZE (default: 8MiB); above
                          8MiB the line and table cell caps grow with it
  --config <FILE>         read settings from FILE instead of searching for one
  --no-config             read no config file
  -h, --help              show this help

Settings (rules, maxSize) come from the nearest .wikitallyrc.json, .wikitallyrc.yaml
or package.json "wikitally" key, from each input's folder upward; flags win.

An input that cannot be read (file-unreadable), is empty (file-empty), binary
(file-binary), over --max-size (file-too-large) or election data rather than an
article (file-not-article) is reported as an error, as every command reports it.

Exit status: 0 no errors, 1 an error (or a warning with --frail) or an unreadable
input, 2 bad usage (or a bad config file).

Examples:
  wikitally check article.md
  wikitally check --frail --rule stage-mismatch=off articles/
  wikitally check --silent --quiet 'articles/**/*.md'
  wikitally check --report json articles/ > report.json
`
