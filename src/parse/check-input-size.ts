/**
 * The cap on the size of one input, so memory and time stay bounded by it.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'

/** Bytes in a mebibyte. */
const mebibyte = 1024 * 1024

/**
 * Largest input read unless told otherwise: 8 MiB, many times the longest real article.
 */
export const defaultMaxSize = 8 * mebibyte

/**
 * Whether an input of `size` bytes (UTF-8) is at most `maxSize`; when it is larger, an
 * `input-too-large` error is added to `file` and nothing should be read from it.
 *
 * Callers that read files call it with the file's size before reading it, so a huge input is
 * refused without being loaded.
 */
export function checkInputSize(file: VFile, size: number, maxSize: number = defaultMaxSize): boolean {
  if (size <= maxSize) return true
  report(file, `Expected an input of at most \`${maxSize}\` bytes, got \`${size}\` bytes`, undefined, 'input-too-large')
  return false
}

