/**
 * Estimating the bytes of a batch from a few of its files, to choose the number of jobs.
 */
import {statSync} from 'node:fs'
import type {NamedSource} from './input-source.js'

/** Files whose size is read; the others are taken to be of their mean size. */
const sampleSize = 32

/**
 * About how many bytes `sources` hold: text in memory counts exactly, files by the mean
 * size of up to {@link sampleSize} of them spread over the list (stat is cheap, but 20,000
 * stats are not). A file that cannot be read counts as empty; reading it fails later.
 */
export function estimateBytes(sources: readonly NamedSource[]): number {
  const files: Array<string | Uint8Array> = []
  let bytes = 0
  for (const {source} of sources) {
    if (source.kind === 'file') files.push(source.path)
    else if (source.kind === 'text') bytes += typeof source.value === 'string' ? Buffer.byteLength(source.value) : source.value.byteLength
  }
  if (files.length === 0) return bytes
  const step = Math.max(1, Math.floor(files.length / sampleSize))
  let sampled = 0
  let sampledBytes = 0
  for (let at = 0; at < files.length && sampled < sampleSize; at += step) {
    sampled++
    sampledBytes += sizeOf(files[at] ?? '')
  }
  return bytes + Math.round((sampledBytes / sampled) * files.length)
}

/** The size of `file` (bytes of a name that is not UTF-8 included), 0 when it cannot be read. */
function sizeOf(file: string | Uint8Array): number {
  try {
    return statSync(typeof file === 'string' ? file : Buffer.from(file)).size
  } catch {
    return 0
  }
}
