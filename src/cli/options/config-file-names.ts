/**
 * Names of the files that hold settings, looked for in each folder from the input's upward.
 */

/** In the order they are tried within one folder; the first one found wins. */
export const configFileNames = ['.wikitallyrc.json', '.wikitallyrc.yaml', '.wikitallyrc.yml', 'package.json'] as const

/** The key of `package.json` that holds the settings; a `package.json` without it is skipped. */
export const packageKey = 'wikitally'
