/**
 * Writing the elections of a `convert` run as an SQLite database file.
 */
import path from 'node:path'
import type {Election} from '../../../model/election.js'
import type {SqliteWriter} from '../../../serialize/to-sqlite.js'
import type {Io} from '../../io.js'
import {writeOutput} from '../../outputs/open-output.js'
import {formatRenamedId} from '../../terminal/format-renamed-id.js'

/**
 * Write `elections` as a database to `output` (relative to the working folder), whole or not
 * at all (see `openDatabase`).
 */
export async function writeDatabase(elections: readonly Election[], output: string, io: Io, quiet: boolean, runId: string): Promise<void> {
  const database = openDatabase(output, io, quiet, runId)
  try {
    for (const election of elections) await database.add(election)
    await database.write()
  } finally {
    await database.close()
  }
}

/** A database file being filled one election at a time (see `openDatabase`). */
export interface DatabaseOutput {
  /** Insert `election` after those added before; it need not be kept. */
  add: (election: Election) => Promise<void>
  /** Say which ids were renamed, then write the file whole. */
  write: () => Promise<void>
  /** Free the database, written or not; safe to call more than once. */
  close: () => Promise<void>
}

/**
 * A database to be written to `output` (relative to the working folder), whole or not at
 * all: the bytes go to a temporary file renamed over the target. Each election added is
 * inserted at once and may be dropped, so a batch never holds them all. An election whose
 * id repeats an earlier one is keyed with `-2`, `-3`, ... and named in an info line, unless
 * `quiet`; the lines wait for `write`, after everything the run printed while adding. The
 * SQLite engine (13 MB) is loaded on the first election, or by `write`: not while a lone
 * article converted in this thread holds its tree.
 */
export function openDatabase(output: string, io: Io, quiet: boolean, runId: string): DatabaseOutput {
  let opening: Promise<SqliteWriter> | null = null
  const writer = async (): Promise<SqliteWriter> => {
    opening ??= import('../../../serialize/to-sqlite.js').then(async ({openSqliteWriter}) => openSqliteWriter())
    return opening
  }
  const renamed: string[] = []
  return {
    async add(election) {
      const id = (await writer()).add(election)
      if (!quiet && id !== election.summary.electionId) renamed.push(formatRenamedId(election.sourceFile ?? '', election.summary.electionId, id))
    },
    async write() {
      const bytes = (await writer()).finish()
      for (const line of renamed) io.stderr(line)
      await writeOutput(path.resolve(io.cwd, output), bytes, runId)
    },
    async close() {
      // Closing one that failed to open has nothing to free.
      ;(await opening?.catch(() => null))?.close()
    }
  }
}
