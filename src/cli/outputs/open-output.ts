/**
 * An output file: replaced whole when it is a regular file, written through when it is
 * something else (a pipe, a device, a link).
 */
import {lstat, open, realpath, rename, rm, stat, type FileHandle} from 'node:fs/promises'
import path from 'node:path'
import {makeFolder} from './make-folder.js'
import {temporaryPathFor} from './temporary-path-for.js'

/** An output being written. */
export interface Output {
  /** Append `text` (or bytes, written at once); resolves once it is buffered or written. */
  write: (text: string | Uint8Array) => Promise<void>
  /** Flush and close; a regular file is renamed over the target only now. */
  commit: () => Promise<void>
  /** Close and remove the temporary file; the target is left as it was. */
  discard: () => Promise<void>
}

/**
 * Characters buffered before a write to the file. Small enough that buffered text dies in
 * the young generation: with a megabyte, every chunk of a long batch outlived two scavenges
 * and the joined text went to the large-object space, and peak RSS over 20,000 articles
 * reached 178 MiB instead of 113 MiB. One write is under way while the next buffer fills.
 */
const bufferLength = 1 << 15

/**
 * Open `target` for writing. A new or regular file is written to a temporary file in the
 * same folder that `commit` renames over it, so a reader, or a run that is stopped, never
 * sees a partial file (missing folders are created). A symbolic link is followed, and its
 * target replaced the same way, so the link stays; a FIFO, a character device (`/dev/null`,
 * `/dev/stdout`) or a socket is written straight through, never replaced by a file. A
 * folder is an error, as is any file-system failure (thrown with the system's code).
 */
export async function openOutput(target: string, runId: string): Promise<Output> {
  const resolved = await resolveTarget(target)
  if (resolved.kind === 'through') return bufferedOutput(await open(resolved.path, 'w'), null, resolved.path)
  await makeFolder(path.dirname(resolved.path))
  const temporary = temporaryPathFor(resolved.path, runId)
  return bufferedOutput(await open(temporary, 'wx'), temporary, resolved.path)
}

/**
 * Write `text` (bytes, written at once, or pieces of text, each written once the one before
 * is buffered) to `target` whole, as `openOutput` does.
 */
export async function writeOutput(target: string, text: string | Uint8Array | Iterable<string>, runId: string): Promise<void> {
  const output = await openOutput(target, runId)
  try {
    if (typeof text === 'string' || text instanceof Uint8Array) await output.write(text)
    else for (const piece of text) await output.write(piece)
    await output.commit()
  } catch (error) {
    await output.discard()
    throw error
  }
}

/** Where to write for `target`, and whether through a temporary file. */
async function resolveTarget(target: string): Promise<{kind: 'replace' | 'through'; path: string}> {
  const linked = await lstat(target).catch(() => null)
  if (linked === null) return {kind: 'replace', path: target}
  // A dangling link is written through: the file it names is created.
  const real = linked.isSymbolicLink() ? await realpath(target).catch(() => null) : target
  if (real === null) return {kind: 'through', path: target}
  const stats = real === target ? linked : await stat(real)
  if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${target}'`), {code: 'EISDIR'})
  return {kind: stats.isFile() ? 'replace' : 'through', path: real}
}

/** An output buffering writes to `handle`; with a `temporary`, committed by renaming it to `target`. */
function bufferedOutput(handle: FileHandle, temporary: string | null, target: string): Output {
  let pending: string[] = []
  let pendingLength = 0
  let closed = false
  // The write under way, if any: the caller fills the next buffer meanwhile instead of
  // waiting for the disk. Its failure surfaces at the next flush or at `commit`.
  let writing: Promise<unknown> = Promise.resolve()
  const flush = async () => {
    if (pendingLength === 0) return
    const text = pending.join('')
    pending = []
    pendingLength = 0
    await writing
    writing = handle.write(text)
    writing.catch(() => undefined)
  }
  const close = async () => {
    if (closed) return
    closed = true
    await writing.catch(() => undefined)
    await handle.close()
  }
  return {
    async write(text) {
      if (typeof text !== 'string') {
        await flush()
        await handle.write(text)
        return
      }
      pending.push(text)
      pendingLength += text.length
      if (pendingLength >= bufferLength) await flush()
    },
    async commit() {
      try {
        await flush()
        await writing
        await close()
        if (temporary !== null) await rename(temporary, target)
      } catch (error) {
        await close().catch(() => undefined)
        if (temporary !== null) await rm(temporary, {force: true})
        throw error
      }
    },
    async discard() {
      await close().catch(() => undefined)
      if (temporary !== null) await rm(temporary, {force: true})
    }
  }
}
