/**
 * Turning a stack overflow on deeply nested input into a message.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'

/** What V8 says when the call stack overflows. */
const stackOverflow = 'Maximum call stack size exceeded'

/**
 * Run `work`; if it overflows the call stack (recursive parsing of input nested thousands
 * deep), add an `input-too-deep` error to `file` and return `fallback()` instead. Any other
 * exception is a bug and is rethrown.
 */
export function guardStackDepth<Result>(file: VFile, work: () => Result, fallback: () => Result): Result {
  try {
    return work()
  } catch (error) {
    if (!(error instanceof RangeError) || !error.message.includes(stackOverflow)) throw error
    report(file, `Expected markup nested less deeply than the parser can follow, got \`${error.message}\``, undefined, 'input-too-deep')
    return fallback()
  }
}
