/**
 * An output file written through a temporary file, for outputs too large to hold in memory.
 */
import {mkdir, open, rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {temporaryPathFor} from './write-file-atomic.js'

/** An output being written. */
export interface AtomicOutput {
  /** Append `text`; resolves once it is buffered or written. */
  write: (text: string) => Promise<void>
  /** Flush, close and rename over the target. */
  commit: () => Promise<void>
  /** Close and remove the temporary file; the target is left as it was. */
  discard: () => Promise<void>
}

/** Characters buffered before a write to the file. */
const bufferLength = 1 << 20

/**
 * Open `target` for writing: text goes to a temporary file in the same folder, which
 * `commit` renames over `target`, so a reader, or a run that is stopped, never sees a
 * partial file. Missing folders are created.
 */
export async function openAtomicOutput(target: string): Promise<AtomicOutput> {
  await mkdir(path.dirname(target), {recursive: true})
  const temporary = temporaryPathFor(target)
  const handle = await open(temporary, 'w')
  let pending: string[] = []
  let pendingLength = 0
  let closed = false
  const flush = async () => {
    if (pendingLength === 0) return
    const text = pending.join('')
    pending = []
    pendingLength = 0
    await handle.write(text)
  }
  return {
    async write(text) {
      pending.push(text)
      pendingLength += text.length
      if (pendingLength >= bufferLength) await flush()
    },
    async commit() {
      try {
        await flush()
        await handle.close()
        closed = true
        await rename(temporary, target)
      } catch (error) {
        if (!closed) await handle.close()
        await rm(temporary, {force: true})
        throw error
      }
    },
    async discard() {
      if (!closed) await handle.close()
      closed = true
      await rm(temporary, {force: true})
    }
  }
}
