import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {afterAll, describe, expect, test} from 'vitest'
import {collectGarbage} from '../../src/cli/pipeline/collect-garbage.js'
import {parseElection} from '../../src/parse-election.js'
import {electionIds} from '../../src/serialize/election-ids.js'
import {ElectionReadError} from '../../src/serialize/election-read-error.js'
import {fromJson} from '../../src/serialize/from-json.js'
import {fromSqlite} from '../../src/serialize/from-sqlite.js'
import {toCsv} from '../../src/serialize/to-csv.js'
import {toJson} from '../../src/serialize/to-json.js'
import {openSqliteWriter, toSqlite} from '../../src/serialize/to-sqlite.js'
import {articleFixtures} from '../article-fixtures.js'
import {electionsArbitrary} from './property-elections.js'
import {hasPythonSqlite, queryWithPython} from './py-sqlite.js'
import {election, sampleElection} from './sample-election.js'

const batch = articleFixtures().map((fixture) =>
  parseElection(new VFile({path: `articles/${fixture.slug}.md`, value: fixture.input})).election
)
const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-sqlite-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('toSqlite', () => {
  test.skipIf(!hasPythonSqlite())('writes the fixture batch as a database that Python\'s sqlite3 opens and joins', async () => {
    const file = path.join(folder, 'batch.db')
    writeFileSync(file, await toSqlite(batch))
    const csvRows = (parse(toCsv(batch), {columns: true}) as Array<Record<string, string>>).filter((row) => row.candidate !== '')
    const [tables, foreignKeys, candidates, elections, winners, missingWinners, meta] = queryWithPython(file, [
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      'PRAGMA foreign_key_check',
      'SELECT count(*) FROM candidates',
      'SELECT count(*) FROM elections',
      'SELECT e.election_id, c.name FROM candidates c JOIN elections e USING (election_id) WHERE c.winner = 1 ORDER BY e.position, c.position',
      'SELECT election_id FROM elections e WHERE NOT EXISTS (SELECT 1 FROM candidates c WHERE c.election_id = e.election_id AND c.winner = 1 AND c.name = e.winner)',
      'SELECT key, value FROM meta ORDER BY key'
    ])
    expect(tables).toEqual([['candidates'], ['elections'], ['infobox'], ['messages'], ['meta']])
    expect(foreignKeys).toEqual([])
    expect(candidates).toEqual([[csvRows.length]])
    expect(elections).toEqual([[batch.length]])
    const expectedWinners = batch.flatMap((item) => item.candidates.filter((candidate) => candidate.winner).map((candidate) => [item.summary.electionId, candidate.name]))
    expect(winners).toEqual(expectedWinners)
    expect(batch.every((item) => item.summary.winner !== null)).toBe(true)
    expect(missingWinners).toEqual([])
    expect(meta).toEqual([['schema_version', '1'], ['tool', 'wikitally'], ['tool_version', '0.1.0']])
  })

  test.skipIf(!hasPythonSqlite())('declares the foreign keys and indexes the join columns', async () => {
    const file = path.join(folder, 'one.db')
    writeFileSync(file, await toSqlite(sampleElection))
    const [keys, indexes, types] = queryWithPython(file, [
      "SELECT m.name, f.\"table\", f.\"from\", f.\"to\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f ORDER BY m.name",
      "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      'SELECT typeof(votes), typeof(percent), typeof(winner) FROM candidates WHERE position = 0'
    ])
    expect(keys).toEqual([
      ['candidates', 'elections', 'election_id', 'election_id'],
      ['infobox', 'elections', 'election_id', 'election_id'],
      ['messages', 'elections', 'election_id', 'election_id']
    ])
    expect(indexes).toEqual([
      ['candidates', 'candidates_election_id'],
      ['infobox', 'infobox_election_id'],
      ['messages', 'messages_election_id'],
      ['messages', 'messages_rule_id']
    ])
    expect(types).toEqual([['integer', 'real', 'integer']])
  })

  test('reads the fixture batch back as the same elections as its JSON', async () => {
    expect(await fromSqlite(await toSqlite(batch))).toEqual(fromJson(toJson(batch)))
  })

  test('writes the same bytes for the same elections', async () => {
    expect(await toSqlite(batch)).toEqual(await toSqlite(batch))
  })

  test('keys repeated contests apart and keeps both', async () => {
    const file = path.join(folder, 'repeats.db')
    writeFileSync(file, await toSqlite([sampleElection, sampleElection, election()]))
    expect(await fromSqlite(await toSqlite([sampleElection, sampleElection]))).toHaveLength(2)
    if (!hasPythonSqlite()) return
    const [ids] = queryWithPython(file, ['SELECT election_id FROM elections ORDER BY position'])
    expect(ids).toEqual([['2004-nc-democratic-caucus'], ['2004-nc-democratic-caucus-2'], ['election']])
  })

  test('gives hostile elections back exactly, lone surrogates included', async () => {
    await fc.assert(
      fc.asyncProperty(electionsArbitrary, async (input) => {
        expect(await fromSqlite(await toSqlite(input))).toEqual(input)
      }),
      {numRuns: 40}
    )
  })
})

describe('openSqliteWriter', () => {
  test('adding the elections one at a time gives the bytes of toSqlite, keyed as electionIds', async () => {
    const writer = await openSqliteWriter()
    try {
      const twice = [...batch, ...batch.slice(0, 3)]
      expect(twice.map((item) => writer.add(item))).toEqual(electionIds(twice))
      expect(writer.finish()).toEqual(await toSqlite(twice))
    } finally {
      writer.close()
      writer.close()
    }
  })

  test('keeps no election it was given, so a batch holds only the database', async () => {
    const writer = await openSqliteWriter()
    try {
      const added = new WeakRef(structuredClone(batch[0]!))
      writer.add(added.deref()!)
      // A WeakRef keeps its target until the current job ends.
      await new Promise((resolve) => setTimeout(resolve, 0))
      collectGarbage()
      expect(added.deref()).toBeUndefined()
    } finally {
      writer.close()
    }
  })
})

describe('fromSqlite', () => {
  test('refuses bytes that are not a database', async () => {
    await expect(fromSqlite(new TextEncoder().encode('not a database'))).rejects.toThrow(ElectionReadError)
  })

  test('refuses a database without the meta table', async () => {
    const bytes = await toSqlite(sampleElection)
    const {loadSql} = await import('../../src/serialize/load-sql.js')
    const sql = await loadSql()
    const database = new sql.Database(bytes)
    database.run('DROP TABLE meta')
    await expect(fromSqlite(database.export())).rejects.toThrow(/no such table: meta/)
  })

  test('names the election of a bad value', async () => {
    const {loadSql} = await import('../../src/serialize/load-sql.js')
    const sql = await loadSql()
    const database = new sql.Database(await toSqlite(sampleElection))
    database.run("UPDATE elections SET election_json = replace(election_json, '\"votes\":9093', '\"votes\":\"many\"')")
    await expect(fromSqlite(database.export())).rejects.toThrow('election 2004-nc-democratic-caucus: candidates[0].votes: expected number, got "many"')
  })
})
