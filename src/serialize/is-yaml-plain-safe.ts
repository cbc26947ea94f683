/**
 * Deciding which strings may be written as plain YAML scalars.
 */

/**
 * Starts with a letter, then holds no control, format, surrogate, private-use, unassigned or
 * line/paragraph separator character (`John Edwards`, `Home State`).
 */
const letterStartPrintable = /^\p{L}[^\p{C}\p{Zl}\p{Zp}]*$/u

/** Trailing white space, which a plain scalar would lose (`Kerry `). */
const trailingSpace = /\s$/u

/**
 * An exponent without digits before it (`e9`, `E+5`): the `yaml` library's YAML 1.1 float
 * accepts it (and reads `NaN`), though it starts with a letter.
 */
const bareExponent = /^e[-+]?\d+$/i

/**
 * Words that start with a letter yet read as booleans or null: YAML 1.1 (`yes`, `No`, `ON`,
 * `y`) and YAML 1.2 core (`true`, `Null`). Every other YAML 1.1 or 1.2 implicit type (ints,
 * floats, `.inf`, timestamps, sexagesimals, `~`, `<<`, `=`) starts with a non-letter, but for
 * `bareExponent`.
 */
const reservedWords: ReadonlySet<string> = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  'on', 'On', 'ON', 'off', 'Off', 'OFF',
  'null', 'Null', 'NULL'
])

/**
 * Whether `value` reads back as the same string from a plain scalar in both a YAML 1.1
 * reader (PyYAML) and a YAML 1.2 reader, as far as types go: it starts with a letter, is not
 * a boolean or null word, holds only printable characters and no line break, and does not
 * end in white space.
 *
 * Deliberately narrow: everything else is double-quoted. Syntax (`a: b`, `a #b`) is left to
 * the `yaml` library, which quotes such strings itself.
 */
export function isYamlPlainSafe(value: string): boolean {
  return (
    letterStartPrintable.test(value) &&
    !trailingSpace.test(value) &&
    !reservedWords.has(value) &&
    !bareExponent.test(value)
  )
}
