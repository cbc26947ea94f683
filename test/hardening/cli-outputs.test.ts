/**
 * Outputs are never clobbered and file-system failures are one line: `-o` and `--errors`
 * write through FIFOs, devices and links; `--out-dir` names stay distinct, short and inside
 * the folder; a stopped run leaves no temporary file.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {createReadStream, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../cli/run-cli.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const seed = readFileSync(path.join(root, 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md'), 'utf8')

/** A line of a stack trace, which the CLI must never print. */
const stackLine = /^ {4}at /m

let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-outputs-'))
  writeFileSync(path.join(folder, 'seed.md'), seed)
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

/** Run the CLI in the test's folder. */
const cli = (argv: readonly string[], stdin?: string) => runCli(folder, argv, stdin)

/**
 * Resolves once process `pid` has started and sleeps: asleep (state `S`) with the same CPU time
 * over five polls a tenth of a second apart. A process still loading keeps running or reading
 * the disk, however busy the machine, so a fixed wait is not needed where `/proc` exists.
 */
async function waitUntilIdle(pid: number): Promise<void> {
  const statFile = `/proc/${pid}/stat`
  if (!existsSync(statFile)) return new Promise((resolve) => setTimeout(resolve, 4000))
  let last = ''
  let quiet = 0
  while (quiet < 5) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    // After `(name)`: state, then 10 fields, then user and system time in ticks.
    const stat = readFileSync(statFile, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const now = `${fields[11]} ${fields[12]}`
    quiet = fields[0] === 'S' && now === last ? quiet + 1 : 0
    last = now
  }
}

/** Everything written to the FIFO at `fifo` while `write` runs. */
async function readFifo(fifo: string, write: () => Promise<unknown>): Promise<string> {
  const chunks: Buffer[] = []
  const reading = new Promise<void>((resolve, reject) => {
    createReadStream(fifo).on('data', (chunk) => chunks.push(Buffer.from(chunk))).on('end', resolve).on('error', reject)
  })
  await write()
  await reading
  return Buffer.concat(chunks).toString()
}

describe('-o and --errors write through what is not a regular file', () => {
  it('a FIFO stays a FIFO and receives the data', async () => {
    const fifo = path.join(folder, 'out.fifo')
    execFileSync('mkfifo', [fifo])
    let code = -1
    const text = await readFifo(fifo, async () => {
      code = (await cli(['convert', 'seed.md', '--to', 'json', '-q', '-o', 'out.fifo'])).code
    })
    expect(code).toBe(0)
    expect((JSON.parse(text) as {title: string}).title).toBe('2004 North Carolina Democratic presidential caucuses')
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  it('a character device stays a device (a null device made by the test)', async () => {
    const device = path.join(folder, 'null')
    execFileSync('mknod', [device, 'c', '1', '3'])
    for (const argv of [['-o', 'null', '--to', 'json'], ['-o', 'null', '--to', 'markdown'], ['--to', 'json', '--errors', 'null']]) {
      const result = await cli(['convert', 'seed.md', '-q', ...argv])
      expect(result.code).toBe(0)
      expect(lstatSync(device).isCharacterDevice()).toBe(true)
    }
  })

  it('a symbolic link stays a link and its target gets the data', async () => {
    writeFileSync(path.join(folder, 'real.json'), 'old\n')
    symlinkSync('real.json', path.join(folder, 'link.json'))
    symlinkSync('real-errors.json', path.join(folder, 'errors-link.json'))
    const result = await cli(['convert', 'seed.md', 'missing.md', '-q', '-o', 'link.json', '--errors', 'errors-link.json'])
    expect(result.code).toBe(1)
    expect(lstatSync(path.join(folder, 'link.json')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(folder, 'real.json'), 'utf8')).toContain('"title": "2004 North Carolina')
    expect(lstatSync(path.join(folder, 'errors-link.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(path.join(folder, 'real-errors.json'), 'utf8'))).toEqual([expect.objectContaining({file: 'missing.md', ruleId: 'file-unreadable'})])
  })
})

describe('a file-system failure is one line and exit 1', () => {
  const fullDevice = () => {
    const device = path.join(folder, 'full')
    if (!existsSync(device)) execFileSync('mknod', [device, 'c', '1', '7'])
    return 'full'
  }
  const cases: Record<string, () => string[]> = {
    'EISDIR (-o a folder)': () => ['-o', '.', '--to', 'json'],
    'ENOTDIR or EEXIST (-o below a file)': () => ['-o', 'seed.md/out.json'],
    'ENAMETOOLONG': () => ['-o', `${'n'.repeat(300)}.json`],
    'ENOENT (-o under /proc)': () => ['-o', '/proc/wikitally/out.json'],
    'ENOSPC (-o a full device made by the test)': () => ['-o', fullDevice(), '--to', 'json'],
    'ENOSPC (--errors to a full device)': () => ['--errors', fullDevice()]
  }
  for (const [name, argv] of Object.entries(cases)) {
    it(name, async () => {
      const result = await cli(['convert', 'seed.md', '-q', ...argv()])
      expect(result.code).toBe(1)
      expect(result.stderr).not.toMatch(stackLine)
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/^wikitally convert: error: E[A-Z]+: /)
    })
  }

  it('--out-dir where no folder can be made fails at once (a run that spins hits the test timeout)', async () => {
    const result = await cli(['convert', 'seed.md', 'seed.md', '--out-dir', '/proc/wikitally', '-q'])
    expect(result.code).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('EPIPE: a reader that goes away ends the run without a trace', () => {
    const bin = path.join(root, 'src/cli/bin.ts')
    const articles = Array.from({length: 60}, () => `"${path.join(folder, 'seed.md')}"`)
    // From the repository's root, where tsx (a development dependency) is found.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${bin}" convert ${articles.join(' ')} --to ndjson -q --jobs 1 | head -c 10`], {cwd: root, encoding: 'utf8'})
    expect(result.stdout).toHaveLength(10)
    expect(result.stderr).not.toMatch(stackLine)
    expect(result.stderr).toBe('')
  }, 30_000)
})

describe('--out-dir names', () => {
  /** Convert NDJSON records with these ids under `out`, and list what was written. */
  async function convertIds(out: string, ids: readonly string[]) {
    const records = ids.map((id) => JSON.stringify({id, text: seed})).join('\n') + '\n'
    const result = await cli(['convert', '--from', 'ndjson', '--out-dir', out, '-q', '--jobs', '1'], records)
    const files = readdirSync(path.join(folder, out), {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile())
    return {result, files: files.map((entry) => path.relative(path.join(folder, out), path.join(entry.parentPath, entry.name)))}
  }

  it('are decided on their stored bytes: a lone surrogate and U+FFFD do not overwrite each other', async () => {
    const {result, files} = await convertIds('surrogates', ['r\uD800', 'r\uFFFD'])
    expect(result.code).toBe(0)
    expect(files.sort()).toEqual(['r\uFFFD.json', 'r\uFFFD~2.json'])
  })

  it('are cut to 200 bytes a segment and 32 folders, so every record is written', async () => {
    const {result, files} = await convertIds('long', ['漢'.repeat(100), `${'deep/'.repeat(2000)}x`])
    expect(result.code).toBe(0)
    expect(files).toHaveLength(2)
    for (const file of files) for (const segment of file.split(path.sep)) expect(Buffer.byteLength(segment)).toBeLessThanOrEqual(210)
    expect(Math.max(...files.map((file) => file.split(path.sep).length))).toBe(33)
  })

  it('never follow a symbolic link already inside the folder out of it', async () => {
    const outside = path.join(folder, 'outside')
    mkdirSync(outside)
    mkdirSync(path.join(folder, 'linked'))
    symlinkSync(outside, path.join(folder, 'linked', 'escape'))
    const {result, files} = await convertIds('linked', ['escape/a', 'kept'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Expected a folder inside --out-dir, got a symbolic link at `escape`.*output-unwritable/)
    expect(readdirSync(outside)).toEqual([])
    expect(files).toEqual(['kept.json'])
  })
})

describe('a run stopped by a signal', () => {
  it('removes its temporary files and exits 130', async () => {
    const articles = path.join(folder, 'many')
    mkdirSync(articles)
    for (let index = 0; index < 300; index++) writeFileSync(path.join(articles, `a${index}.md`), seed)
    const stopped = path.join(folder, 'stopped')
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/bin.ts'), 'convert', articles, '--out-dir', stopped, '-q', '--jobs', '2'], {cwd: root})
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(stopped) && readdirSync(stopped).length > 5) {
          clearInterval(poll)
          resolve()
        }
      }, 20)
    })
    child.kill('SIGINT')
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(130)
    const left = readdirSync(stopped, {recursive: true, encoding: 'utf8'})
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(left.length).toBeLessThan(300)
  }, 60_000)

  it('stops a command waiting on standard input at the first signal, exit 130 and no message', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/bin.ts'), 'check', '-'], {cwd: root})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    // Standard input stays open (a pipe nobody writes to): wait until the CLI sits waiting on it.
    await waitUntilIdle(child.pid ?? 0)
    child.kill('SIGINT')
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(130)
    expect(stderr).toBe('')
  }, 30_000)
})
