/**
 * The inputs of `--from ndjson`: records read from files and standard input as they come.
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {Io} from '../io.js'
import {stdinArgument, stdinPath} from '../read-input.js'
import {expandInputs} from './expand-inputs.js'
import {readNdjsonArticles, type NamedSource} from './read-ndjson-articles.js'

/**
 * The records of `inputs` (FILE or GLOB arguments; none, or `-`, means standard input), in
 * order, read lazily so that a stream of any length passes in bounded memory. An argument
 * that names no readable file is a failed source.
 */
export async function* listNdjsonInputs(inputs: readonly string[], io: Io): AsyncGenerator<NamedSource> {
  for (const input of inputs.length === 0 ? [stdinArgument] : inputs) {
    if (input === stdinArgument) {
      yield* readNdjsonArticles(io.stdinChunks?.() ?? once(io.readStdin()), stdinPath)
      continue
    }
    const absolute = path.resolve(io.cwd, input)
    const isFolder = await stat(absolute).then((stats) => stats.isDirectory(), () => false)
    if (isFolder) {
      yield unreadableArgument(input, 'Expected an NDJSON file, got a folder')
      continue
    }
    const expanded = await expandInputs([input], io.cwd)
    for (const problem of expanded.problems) yield unreadableArgument(problem.path, `Expected a readable file, got \`${problem.reason}\``)
    for (const file of expanded.files) {
      const shown = path.relative(io.cwd, file.path) || file.path
      try {
        yield* readNdjsonArticles(createReadStream(file.path), shown)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        yield unreadableArgument(shown, `Expected a readable file, got \`${reason}\``)
      }
    }
  }
}

/** A failed source for an argument that could not be read. */
function unreadableArgument(shown: string, reason: string): NamedSource {
  return {source: {kind: 'failed', shown, failure: {file: shown, ruleId: 'file-unreadable', reason}}, relative: shown}
}

/** The bytes of `promise` as a one-chunk stream. */
async function* once(promise: Promise<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield await promise
}
