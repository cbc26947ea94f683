/**
 * Writing elections as YAML.
 */
import {Document, isScalar, visit} from 'yaml'
import {isElectionList, type Elections} from './election-list.js'
import {escapeYamlNonPrintable} from './escape-yaml-non-printable.js'
import {isYamlPlainSafe} from './is-yaml-plain-safe.js'
import {orderElection} from './order-election.js'
import {toWellFormed} from './to-well-formed.js'
import {yamlExponentFloat} from './yaml-exponent-float.js'

/**
 * Write one election as a YAML mapping, or several as a YAML sequence, in one document
 * (no `---`, no directive), keys in schema order, `\n` endings and a final newline.
 *
 * A YAML 1.1 reader (PyYAML) and a YAML 1.2 reader both read it back as the same data as the
 * JSON output:
 * - a string is plain only when no type of either version could claim it (see
 *   `isYamlPlainSafe`); `no`, `~`, `0123`, `1:30`, `2004-04-17`, `=`, `.5`, ... are
 *   double-quoted;
 * - line breaks, tabs, control characters, U+2028 and U+2029 are escaped inside double
 *   quotes (`\n`, `\t`, `\x7f`, `\L`), never folded;
 * - a lone surrogate is replaced by U+FFFD, as writing UTF-8 would: libyaml refuses its
 *   `\ud800` escape, so YAML (unlike JSON) does not keep it;
 * - numbers with an exponent get a dot (`1.0e+21`); `-0` is written `-0`, which both read
 *   as zero.
 */
export function toYaml(input: Elections): string {
  const data = isElectionList(input) ? input.map(orderElection) : orderElection(input)
  return escapeYamlNonPrintable(yamlDocumentText(data))
}

/**
 * `data` as the text of one YAML document, strings typed and scalars written as `toYaml`
 * describes, before `escapeYamlNonPrintable`.
 */
export function yamlDocumentText(data: unknown): string {
  const document = new Document(data, {
    aliasDuplicateObjects: false,
    customTags: (tags) => [yamlExponentFloat, ...tags]
  })
  visit(document, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node) || typeof node.value !== 'string') return
      const value = toWellFormed(node.value)
      node.value = value
      node.type = isYamlPlainSafe(value) ? 'PLAIN' : 'QUOTE_DOUBLE'
    }
  })
  return document.toString({
    lineWidth: 0,
    doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY
  })
}
