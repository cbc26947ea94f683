/**
 * Writing a count for people, without locale formatting.
 */

/** Digits per group. */
const groupSize = 3

/** `17809` -> `17,809`; decimals and signs are left alone (`-1234.5` -> `-1,234.5`). */
export function groupThousands(value: number): string {
  const [whole = '', fraction] = String(value).split('.')
  const sign = whole.startsWith('-') ? '-' : ''
  const digits = whole.slice(sign.length)
  const groups: string[] = []
  for (let end = digits.length; end > 0; end -= groupSize) groups.unshift(digits.slice(Math.max(0, end - groupSize), end))
  const grouped = sign + groups.join(',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}
