/**
 * Escaping the characters YAML may not hold raw.
 */

/**
 * Characters the `yaml` library leaves raw inside double quotes, though YAML does not allow
 * them raw (DEL, C1 controls, U+FFFE, U+FFFF) or YAML 1.1 reads them as line breaks (NEL,
 * U+2028, U+2029), plus the byte order mark.
 */
const nonPrintable = /[\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g

/** YAML's short escapes for its Unicode line breaks. */
const shortEscapes: Readonly<Record<string, string>> = {
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P'
}

/**
 * Replace each non-printable character of YAML text by its escape (`\x7f`, `\N`, `\L`,
 * `\P`, `\ufeff`).
 *
 * Only correct when every such character sits inside a double-quoted scalar, where an
 * escape means the same character: `toYaml` double-quotes every string that holds one.
 */
export function escapeYamlNonPrintable(yaml: string): string {
  return yaml.replace(nonPrintable, (character) => {
    const code = character.charCodeAt(0)
    return shortEscapes[character] ?? (code < 0x100 ? '\\x' + hex(code, 2) : '\\u' + hex(code, 4))
  })
}

/** `code` as lowercase hex, zero-padded to `width` digits. */
function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0')
}
