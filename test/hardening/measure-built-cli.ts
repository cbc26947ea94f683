/**
 * Running the built CLI (what `npx wikitally` runs) in a child process and reading what the
 * whole process cost: peak resident memory and CPU time, from `process.resourceUsage()` as it
 * exits. The figures go to a file, so the CLI's own standard output stays as it is.
 *
 * `npm ci` builds the CLI (the `prepare` script); after editing `src`, run `npm run build`
 * before these tests.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Bytes in a mebibyte. */
export const mebibyte = 1024 * 1024

/** What one run of the built CLI printed and cost. */
export interface MeasuredRun {
  /** Exit status. */
  status: number | null
  /** Standard output. */
  stdout: string
  /** Standard error. */
  stderr: string
  /** Peak resident memory of the process, in bytes. */
  peak: number
  /** User and system CPU time of the process, in milliseconds. */
  cpu: number
}

/** Options of {@link measureBuiltCli}. */
export interface MeasureOptions {
  /** Working folder of the CLI (default: the repository's root). */
  cwd?: string
  /** Text on its standard input (default: none). */
  input?: string
}

/** Run `dist/cli/bin.js` with `args`; what it printed and what it cost. */
export function measureBuiltCli(args: readonly string[], options: MeasureOptions = {}): MeasuredRun {
  const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-measure-'))
  try {
    const report = path.join(folder, 'usage.json')
    const script = path.join(folder, 'measure.mjs')
    writeFileSync(
      script,
      `import {readFileSync, writeFileSync} from 'node:fs'
process.on('exit', () => {
  const usage = process.resourceUsage()
  // Linux keeps getrusage's maxRSS across exec: a child of a test runner holding 250 MB
  // would report 250 MB. The peak of this process's own memory is VmHWM, where there is one.
  let status = ''
  try { status = readFileSync('/proc/self/status', 'utf8') } catch {}
  const hwm = /^VmHWM:\\s*(\\d+) kB$/m.exec(status)
  writeFileSync(${JSON.stringify(report)}, JSON.stringify({maxRSS: hwm === null ? usage.maxRSS : Number(hwm[1]), cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000}))
})
await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/cli/bin.js')).href)})
`
    )
    const result = spawnSync(process.execPath, [script, ...args], {
      cwd: options.cwd ?? root,
      encoding: 'utf8',
      input: options.input ?? '',
      maxBuffer: 1024 * mebibyte
    })
    const usage = JSON.parse(readFileSync(report, 'utf8')) as {maxRSS: number; cpu: number}
    return {status: result.status, stdout: result.stdout, stderr: result.stderr, peak: usage.maxRSS * 1024, cpu: usage.cpu}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/**
 * Text of about `bytes` characters: `head`, then `line(0)`, `line(1)`, ... for as long as the
 * next line still fits.
 */
export function fillTo(bytes: number, head: string, line: (at: number) => string): string {
  const parts = [head]
  let length = head.length
  for (let at = 0; ; at++) {
    const next = line(at)
    if (length + next.length > bytes) return parts.join('')
    parts.push(next)
    length += next.length
  }
}

/**
 * A `--max-size` under which a 1 MB table of up to 800,000 cells is read in full: at the
 * default size more than 100,000 cells are refused, and the caps grow with the size.
 */
export const readInFull = ['--max-size', '64MiB'] as const
