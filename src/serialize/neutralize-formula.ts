/**
 * Keeping spreadsheets from running CSV text as formulas, reversibly.
 */

/** Prefix that makes a spreadsheet show a cell as text. */
const textPrefix = "'"

/**
 * First characters a spreadsheet may take as the start of a formula (`=`, `+`, `-`, `@`,
 * tab, carriage return), and the prefix itself so that the rule can be undone.
 */
const needsPrefix = /^[=+\-@\t\r']/

/**
 * Prefix `text` with `'` when it starts with `=`, `+`, `-`, `@`, a tab, a carriage return
 * or `'` (`=1+1` -> `'=1+1`, `'quoted` -> `''quoted`); other text is unchanged.
 *
 * Only for text cells: numbers (`-3`) are never prefixed.
 */
export function neutralizeFormula(text: string): string {
  return needsPrefix.test(text) ? textPrefix + text : text
}

/**
 * Undo `neutralizeFormula`: drop one leading `'` (`'=1+1` -> `=1+1`). Every text that
 * `neutralizeFormula` writes with a leading `'` got it from there.
 */
export function restoreFormula(text: string): string {
  return text.startsWith(textPrefix) ? text.slice(textPrefix.length) : text
}
