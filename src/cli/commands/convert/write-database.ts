/**
 * Writing the elections of a `convert` run as an SQLite database file.
 */
import path from 'node:path'
import type {Election} from '../../../model/election.js'
import type {Io} from '../../io.js'
import {writeOutput} from '../../outputs/open-output.js'
import {formatRenamedId} from '../../terminal/format-renamed-id.js'

/**
 * Write `elections` as a database to `output` (relative to the working folder), whole or not
 * at all: the bytes go to a temporary file renamed over the target. An election whose id
 * repeats an earlier one is keyed with `-2`, `-3`, ... and named in an info line, unless
 * `quiet`. The SQLite engine is loaded here, only for this.
 */
export async function writeDatabase(elections: readonly Election[], output: string, io: Io, quiet: boolean, runId: string): Promise<void> {
  const [{toSqlite}, {electionIds}] = await Promise.all([
    import('../../../serialize/to-sqlite.js'),
    import('../../../serialize/election-ids.js')
  ])
  if (!quiet) {
    const ids = electionIds(elections)
    for (const [index, election] of elections.entries()) {
      const id = ids[index] ?? ''
      if (id !== election.summary.electionId) io.stderr(formatRenamedId(election.sourceFile ?? '', election.summary.electionId, id))
    }
  }
  await writeOutput(path.resolve(io.cwd, output), await toSqlite(elections), runId)
}
