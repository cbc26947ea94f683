/**
 * Reading `--max-size`, which every command that reads inputs takes.
 */
import {parseSize} from './parse-size.js'

/**
 * The bytes of `--max-size` `text` (`8MiB`, `500k`), null when it is not given (a config
 * file or the default decides), or a usage problem.
 */
export function readMaxSize(text: string | undefined): {maxSize: number | null} | {problem: string} {
  if (text === undefined) return {maxSize: null}
  const size = parseSize(text)
  if (size === null) return {problem: `Expected --max-size to be a size such as 8MiB or 500k, got \`${text}\``}
  return {maxSize: size}
}
