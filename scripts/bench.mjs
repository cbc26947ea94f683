/**
 * `npm run bench`: how fast the library and the CLI convert a large batch, against bare
 * remark-parse on the same bytes and bare `node -e 0`, all measured in this one run.
 *
 * Builds the project, then a corpus in `.bench/corpus` (git-ignored) from the article
 * fixtures: 2,000 articles by default (`--articles N`), names and numbers varied, one in ten
 * about ten times longer. Each timing is the median of `--runs` runs (default 3).
 *
 * Prints wall and CPU time, articles/s, MB/s and peak RSS for: bare remark-parse,
 * the library (parseElection + toCsv), the CLI with 1 job and with N jobs, and one-article
 * start-up; then the ratios the project targets.
 */
import {execFileSync, spawn} from 'node:child_process'
import {Buffer} from 'node:buffer'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {performance} from 'node:perf_hooks'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    articles: {type: 'string', default: '2000'},
    runs: {type: 'string', default: '3'},
    'no-build': {type: 'boolean', default: false}
  }
})
const articleCount = Number(values.articles)
const runs = Number(values.runs)
const root = path.resolve(import.meta.dirname, '..')
const benchDir = path.join(root, '.bench')
const corpusDir = path.join(benchDir, 'corpus')
const bin = path.join(root, 'dist/cli/bin.js')
const jobs = availableParallelism()
const usageScript = path.join(benchDir, 'usage.mjs')

if (!values['no-build']) execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'})
const bytes = buildCorpus()
const files = listFiles(corpusDir)
const megabytes = bytes / 1e6
console.log(`corpus: ${files.length} articles, ${megabytes.toFixed(1)} MB in .bench/corpus; ${jobs} cores available\n`)

writeFileSync(path.join(benchDir, 'bare.mjs'), bareScript())
writeFileSync(path.join(benchDir, 'library.mjs'), libraryScript())
writeFileSync(usageScript, `import {writeFileSync} from 'node:fs'
process.on('exit', () => writeFileSync(process.env.BENCH_USAGE, JSON.stringify(process.resourceUsage())))
`)
// Runs are interleaved, round after round, so that a machine busy with something else
// slows every configuration alike and the ratios stay fair.
const results = await measureInterleaved({
  bare: ['bare remark-parse', ['.bench/bare.mjs', corpusDir]],
  library: ['library', ['.bench/library.mjs', corpusDir]],
  cli1: ['CLI, 1 job', [bin, 'convert', corpusDir, '--to', 'csv', '-o', '.bench/out-1.csv', '--jobs', '1', '-q']],
  cliN: [`CLI, ${jobs} jobs`, [bin, 'convert', corpusDir, '--to', 'csv', '-o', '.bench/out-n.csv', '--jobs', String(jobs), '-q']]
}, runs)
const sameBytes = digest('.bench/out-1.csv') === digest('.bench/out-n.csv')
// What the machine gives to parallel work at all: the library in one process over the whole
// corpus, against N independent processes over 1/N of it each, at the same time.
const ceiling = []
for (let round = 0; round < runs; round++) {
  const alone = await timeProcess(['.bench/library.mjs', corpusDir])
  const started = performance.now()
  await Promise.all(Array.from({length: jobs}, (_, part) => timeProcess(['.bench/library.mjs', corpusDir, String(part), String(jobs)], `usage-${part}.json`)))
  ceiling.push(alone.time / ((performance.now() - started) / 1000))
}
const machineSpeedUp = ceiling.sort((a, b) => a - b)[Math.floor(ceiling.length / 2)]
const one = files[0]
const starts = await measureInterleaved({
  node: ['node -e 0', ['-e', '0']],
  cli: ['CLI, one article', [bin, 'convert', one, '-q']]
}, Math.max(15, runs))
const nodeStart = starts.node
const cliStart = starts.cli

console.log('\n| run | wall time | CPU time | articles/s | MB/s | peak RSS |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const result of Object.values(results)) {
  console.log(`| ${result.name} | ${seconds(result.time)} | ${seconds(result.cpu)} | ${Math.round(files.length / result.time)} | ${(megabytes / result.time).toFixed(2)} | ${mib(result.rss)} |`)
}
console.log(`| node -e 0 | ${seconds(nodeStart.time)} | ${seconds(nodeStart.cpu)} | | | ${mib(nodeStart.rss)} |`)
console.log(`| CLI, one article | ${seconds(cliStart.time)} | ${seconds(cliStart.cpu)} | | | ${mib(cliStart.rss)} |`)
const best = Math.min(results.cli1.time, results.cliN.time)
console.log('\nratios (lower is better unless said):')
console.log(`  library / bare remark-parse:            ${ratio(results.library.time / results.bare.time)}`)
console.log(`  CLI 1 job / bare remark-parse:          ${ratio(results.cli1.time / results.bare.time)}`)
console.log(`  CLI ${jobs} jobs / bare remark-parse:         ${ratio(results.cliN.time / results.bare.time)}`)
console.log(`  CLI batch (best of 1 and ${jobs} jobs) / bare: ${ratio(best / results.bare.time)}  (target <= 1.35x: ${best / results.bare.time <= 1.35 ? 'met' : 'missed'})`)
console.log(`  CLI one article / node -e 0:            ${ratio(cliStart.time / nodeStart.time)}  (target <= 1.8x: ${cliStart.time / nodeStart.time <= 1.8 ? 'met' : 'missed'})`)
console.log(`  speed-up ${jobs} jobs over 1 (higher is better): ${ratio(results.cli1.time / results.cliN.time)}  (target >= 1.3x with 2 cores: ${jobs < 2 ? 'n/a' : results.cli1.time / results.cliN.time >= 1.3 ? 'met' : 'missed'})`)
console.log(`  CLI 1 job / bare remark-parse, CPU time: ${ratio(results.cli1.cpu / results.bare.cpu)}`)
console.log(`  CSV of 1 job and ${jobs} jobs byte-identical: ${sameBytes ? 'yes' : 'NO'}`)
console.log(`  machine ceiling: ${jobs} processes on 1/${jobs} each vs 1 on all (higher is better): ${ratio(machineSpeedUp)}`)

/** Write the corpus unless it is already there with the same size; returns its bytes. */
function buildCorpus() {
  const marker = path.join(benchDir, `corpus-v3-${articleCount}.done`)
  if (existsSync(marker)) return Number(readFileSync(marker, 'utf8'))
  rmSync(benchDir, {recursive: true, force: true})
  mkdirSync(corpusDir, {recursive: true})
  const sources = listFiles(path.join(root, 'fixtures', 'articles'))
    .filter((file) => path.basename(file) === 'input.md')
    .map((file) => readFileSync(file, 'utf8'))
  if (sources.length === 0) throw new Error('Expected article fixtures (fixtures/articles/*/input.md)')
  const random = seeded(7)
  let total = 0
  for (let index = 0; index < articleCount; index++) {
    let text = vary(sources[index % sources.length], random)
    if (index % 10 === 9) text = lengthen(text, 10)
    const folder = path.join(corpusDir, `part-${String(Math.floor(index / 100)).padStart(3, '0')}`)
    mkdirSync(folder, {recursive: true})
    writeFileSync(path.join(folder, `article-${String(index).padStart(5, '0')}.md`), text)
    total += Buffer.byteLength(text)
  }
  writeFileSync(marker, String(total))
  return total
}

/** `text` with counts of 3 or more digits changed and names in table rows altered. */
function vary(text, random) {
  const suffixes = ['', 'a', 'son', 'er', 'ov', 'ez']
  const keep = new Set(['Democratic', 'Republican', 'Total', 'Totals', 'Uncommitted', 'Independent', 'Libertarian', 'Green', 'Whig', 'Others', 'Other', 'Write', 'Scattering', 'Federalist', 'Anti', 'National', 'Party', 'Turnout', 'Blank', 'Invalid', 'Valid', 'Votes', 'Delegates'])
  return text
    .split('\n')
    .map((line) => {
      // Only rows with a count hold candidates; headers and party names stay as they are.
      if (!line.startsWith('|') || !/\d{2}/.test(line)) return line
      const renamed = line.replace(/\b[A-Z][a-z]{3,}\b/g, (word) => keep.has(word) ? word : word + suffixes[Math.floor(random() * suffixes.length)])
      return renamed.replace(/\d{1,3}(?:,\d{3})+|\b\d{3,}\b/g, (number) => number.replace(/\d/g, (digit, at) => (at === 0 ? digit : String(Math.floor(random() * 10)))))
    })
    .join('\n')
}

/** `text` about `factor` times longer: its prose repeated in a trailing section. */
function lengthen(text, factor) {
  const prose = text.split('\n').filter((line) => line.length > 40 && !line.startsWith('|') && !line.startsWith('-') && !line.startsWith('='))
  const paragraph = prose.join('\n\n') || 'No prose.'
  const extra = Math.ceil(((factor - 1) * text.length) / (paragraph.length + 2))
  return text + '\n\n== Background ==\n\n' + Array.from({length: extra}, () => paragraph).join('\n\n') + '\n'
}

/** Article files under `folder`, sorted. */
function listFiles(folder) {
  const found = []
  for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) found.push(...listFiles(full))
    else if (entry.name.endsWith('.md')) found.push(full)
  }
  return found
}

/** A small deterministic random generator (mulberry32). */
function seeded(seed) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Run each `[name, args]` of `configurations` once per round for `rounds` rounds; per
 * configuration the median wall time and CPU time in seconds, and the largest peak RSS.
 */
async function measureInterleaved(configurations, rounds) {
  const samples = Object.fromEntries(Object.keys(configurations).map((key) => [key, []]))
  for (let round = 0; round < rounds; round++) {
    for (const [key, [, args]] of Object.entries(configurations)) samples[key].push(await timeProcess(args))
  }
  const median = (numbers) => numbers.sort((a, b) => a - b)[Math.floor(numbers.length / 2)]
  return Object.fromEntries(Object.entries(configurations).map(([key, [name]]) => {
    const runsOf = samples[key]
    const time = median(runsOf.map((run) => run.time))
    if (rounds <= 5) console.log(`${name}: ${seconds(time)} (runs: ${runsOf.map((run) => seconds(run.time)).join(', ')})`)
    return [key, {name, time, cpu: median(runsOf.map((run) => run.cpu)), rss: Math.max(...runsOf.map((run) => run.rss))}]
  }))
}

/** Run `node args` once from the repository: wall time, CPU time (all threads), peak RSS. */
function timeProcess(args, usageName = 'usage.json') {
  return new Promise((resolve, reject) => {
    const usageFile = path.join(benchDir, usageName)
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', pathToFileURL(usageScript).href, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {...process.env, BENCH_USAGE: usageFile}
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      const time = (performance.now() - started) / 1000
      if (code !== 0 && code !== 1) return reject(new Error(`node ${args.join(' ')} exited with ${code}`))
      const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
      resolve({time, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rss: usage.maxRSS * 1024})
    })
  })
}

/** The script timing bare remark-parse: read every file, parse it, nothing else. */
function bareScript() {
  return `import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
const processor = unified().use(remarkParse)
const walk = (folder) => readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
  entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)])
for (const file of walk(process.argv[2])) processor.parse(readFileSync(file, 'utf8'))
`
}

/** The script timing the library: parseElection and toCsv on every file, one at a time. */
function libraryScript() {
  return `import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {parseElection} from '../dist/parse-election.js'
import {toCsv} from '../dist/serialize/to-csv.js'
const walk = (folder) => readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
  entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)])
const [part, parts] = [Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 1)]
let length = 0
for (const [index, file] of walk(process.argv[2]).entries()) {
  if (index % parts === part) length += toCsv([parseElection(readFileSync(file, 'utf8')).election]).length
}
if (length === 0) throw new Error('no output')
`
}

/** SHA-256 of a file under the repository. */
function digest(file) {
  return createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex')
}

/** `1.234` -> `1.23 s`. */
function seconds(value) {
  return `${value.toFixed(2)} s`
}

/** Bytes as `123.4 MiB`. */
function mib(value) {
  return `${(value / 1048576).toFixed(1)} MiB`
}

/** `1.2345` -> `1.23x`. */
function ratio(value) {
  return `${value.toFixed(2)}x`
}

