/**
 * Writing a data path the way code would reach it.
 */

/** A property name that can follow a dot (`votes`), as opposed to `["odd key"]`. */
const dotName = /^[A-Z_$][\w$]*$/i

/**
 * Format `path` as `candidates[0].votes`: indexes in brackets, names after dots, odd names
 * as quoted brackets (`["a b"]`).
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let result = ''
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`
    else if (typeof segment === 'string' && dotName.test(segment)) {
      result += result === '' ? segment : '.' + segment
    } else result += `[${JSON.stringify(String(segment))}]`
  }
  return result
}
