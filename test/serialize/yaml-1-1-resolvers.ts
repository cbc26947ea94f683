/**
 * The implicit types of YAML 1.1 (the type repository PyYAML follows) and YAML 1.2 core,
 * written out by hand: a plain scalar matching one of them is not read as a string.
 */

/** YAML 1.1 `!!bool` (`yes`, `Off`, `y`). */
const bool11 = /^(?:[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/

/** YAML 1.1 `!!null` (`~`, `null`, empty). */
const null11 = /^(?:~|null|Null|NULL)?$/

/** YAML 1.1 `!!int`: binary, octal, decimal, hex, sexagesimal (`0b1_0`, `0123`, `1_000`, `0x1F`, `1:30`). */
const int11 = /^[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][\d_]*|0x[\dA-F_a-f]+|[1-9][\d_]*(?::[0-5]?\d)+)$/

/** YAML 1.1 `!!float` (`.5`, `1.0e+3`, `1:30.5`, `.inf`, `.NaN`). */
const float11 = /^(?:[-+]?(?:\d[\d_]*)?\.[\d.]*(?:[Ee][-+]\d+)?|[-+]?\d[\d_]*(?::[0-5]?\d)+\.[\d_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/

/** YAML 1.1 `!!timestamp` (`2004-04-17`, `2004-4-7 1:02:03`). */
const timestamp11 = /^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d?-\d\d?(?:[Tt]|[\t ]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[\t ]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/

/** YAML 1.1 `!!merge` and `!!value`. */
const mergeOrValue11 = /^(?:<<|=)$/

/** YAML 1.2 core null, bool, int (octal, hex; decimal is within float) and float. */
const core12 = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|0o[0-7]+|0x[\dA-Fa-f]+|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[Ee][-+]?\d+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))?$/

/** The resolvers, by name. */
const resolvers = {bool11, null11, int11, float11, timestamp11, mergeOrValue11, core12} as const

/** Names of the YAML 1.1 and 1.2 types a plain `value` would resolve to (none: a string). */
export function implicitTypesOf(value: string): string[] {
  return Object.entries(resolvers)
    .filter(([, pattern]) => pattern.test(value))
    .map(([name]) => name)
}
