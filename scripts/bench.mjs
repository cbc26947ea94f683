/**
 * `npm run bench`: how fast the CLI converts a large batch, against bare remark-parse on the
 * same bytes, wtf_wikipedia on wikitext twins of the same articles, and bare `node -e 0`,
 * all measured in this one run.
 *
 * Builds the project, then a corpus in `.bench/corpus` (git-ignored) from the article
 * fixtures: 2,000 articles by default (`--articles N`), names and numbers varied, one in ten
 * about ten times longer; and beside it, in `.bench/wikitext`, each article as wikitext
 * (`{{Infobox election | key = value}}`, `==Results==`, `{| class="wikitable" ... |}`).
 * Each timing is the median of `--runs` runs (default 3), interleaved round after round.
 *
 * Prints wall and CPU time, articles/s, MB/s and peak RSS for: bare remark-parse,
 * wtf_wikipedia, the CLI with its default settings, with 1 job and with N jobs (N the
 * available cores), one-article start-up, and the default run over the corpus ten times
 * (20,000 articles); then the ratios the project targets. Last, how much of a cold run is
 * V8 warming up: the library and bare remark-parse each go over the corpus four times in one
 * process, and the first pass is set against the last.
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
const wikitextDir = path.join(benchDir, 'wikitext')
const bin = path.join(root, 'dist/cli/bin.js')
const jobs = availableParallelism()
const usageScript = path.join(benchDir, 'usage.mjs')
/** How many times the memory run reads the corpus (20,000 articles by default). */
const memoryRepeats = 10
/** How many times the warm-up script goes over the corpus in one process. */
const passCount = 4

if (!values['no-build']) execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'})
const bytes = buildCorpus()
const files = listFiles(corpusDir, '.md')
const megabytes = bytes / 1e6
console.log(`corpus: ${files.length} articles, ${megabytes.toFixed(1)} MB in .bench/corpus (wikitext twins in .bench/wikitext); ${jobs} cores available\n`)
await printDefaultPlan('at the start')

writeFileSync(path.join(benchDir, 'bare.mjs'), bareScript())
writeFileSync(path.join(benchDir, 'wtf.mjs'), wtfScript())
writeFileSync(path.join(benchDir, 'library.mjs'), libraryScript())
writeFileSync(path.join(benchDir, 'passes.mjs'), passesScript())
writeFileSync(usageScript, `import {writeFileSync} from 'node:fs'
process.on('exit', () => writeFileSync(process.env.BENCH_USAGE, JSON.stringify(process.resourceUsage())))
`)
const convert = (out, ...flags) => [bin, 'convert', corpusDir, '--to', 'ndjson', '-o', out, '-q', ...flags]
// Runs are interleaved, round after round, so that a machine busy with something else
// slows every configuration alike and the ratios stay fair.
const results = await measureInterleaved({
  bare: ['bare remark-parse', ['.bench/bare.mjs', corpusDir]],
  wtf: ['wtf_wikipedia (wikitext twins)', ['.bench/wtf.mjs', wikitextDir]],
  cli: ['CLI, default', convert('.bench/out-default.ndjson')],
  cli1: ['CLI, --jobs 1', convert('.bench/out-1.ndjson', '--jobs', '1')],
  ...(jobs > 1 ? {cliN: [`CLI, --jobs ${jobs}`, convert('.bench/out-n.ndjson', '--jobs', String(jobs))]} : {})
}, runs)
const outputs = ['.bench/out-default.ndjson', '.bench/out-1.ndjson', ...(jobs > 1 ? ['.bench/out-n.ndjson'] : [])]
const sameBytes = new Set(outputs.map(digest)).size === 1
// What the machine gives to parallel work at all: the library in one process over the whole
// corpus, against N independent processes over 1/N of it each, at the same time.
const ceiling = []
for (let round = 0; round < runs && jobs > 1; round++) {
  const alone = await timeProcess(['.bench/library.mjs', corpusDir])
  const started = performance.now()
  await Promise.all(Array.from({length: jobs}, (_, part) => timeProcess(['.bench/library.mjs', corpusDir, String(part), String(jobs)], `usage-${part}.json`)))
  ceiling.push(alone.time / ((performance.now() - started) / 1000))
}
const machineSpeedUp = ceiling.length > 0 ? median(ceiling) : 1
const one = files[0]
const starts = await measureInterleaved({
  node: ['node -e 0', ['-e', '0']],
  cli: ['CLI, one article', [bin, 'convert', one, '-q']]
}, Math.max(15, runs))
const memory = await timeProcess([bin, 'convert', ...Array.from({length: memoryRepeats}, () => corpusDir), '--to', 'ndjson', '-o', '.bench/out-memory.ndjson', '-q'])
const warmUp = {bare: [], library: []}
for (let round = 0; round < runs; round++) {
  for (const tool of ['bare', 'library']) warmUp[tool].push(passTimes(['.bench/passes.mjs', corpusDir, tool]))
}

console.log('\n| run | wall time | CPU time | articles/s | MB/s | peak RSS |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const result of Object.values(results)) {
  console.log(`| ${result.name} | ${seconds(result.time)} | ${seconds(result.cpu)} | ${Math.round(files.length / result.time)} | ${(megabytes / result.time).toFixed(2)} | ${mib(result.rss)} |`)
}
console.log(`| node -e 0 | ${seconds(starts.node.time)} | ${seconds(starts.node.cpu)} | | | ${mib(starts.node.rss)} |`)
console.log(`| CLI, one article | ${seconds(starts.cli.time)} | ${seconds(starts.cli.cpu)} | | | ${mib(starts.cli.rss)} |`)
console.log(`| CLI, default, ${memoryRepeats * files.length} articles | ${seconds(memory.time)} | ${seconds(memory.cpu)} | ${Math.round((memoryRepeats * files.length) / memory.time)} | ${((memoryRepeats * megabytes) / memory.time).toFixed(2)} | ${mib(memory.rss)} |`)

const {bare, wtf, cli, cli1, cliN} = results
// A ratio is taken within each round, then the median over rounds: configurations of one
// round ran back to back, so a machine that got busier between rounds does not skew it.
console.log('\ntargets (median over rounds of the ratio within the round):')
target('CLI default / bare remark-parse, wall', roundRatio(cli, bare, 'time'), '<=', 0.45)
target('CLI default / wtf_wikipedia, CPU', roundRatio(cli, wtf, 'cpu'), '<', 1)
target('CLI --jobs 1 / bare remark-parse, wall', roundRatio(cli1, bare, 'time'), '<=', 0.4)
target('CLI one article / node -e 0, wall', roundRatio(starts.cli, starts.node, 'time'), '<=', 1.5)
target(`peak RSS over ${memoryRepeats * files.length} articles, MiB`, memory.rss / 1048576, '<=', 160)
target('CLI default / --jobs 1, wall (never slower)', roundRatio(cli, cli1, 'time'), '<=', 1.05)
console.log('\nother ratios:')
console.log(`  wtf_wikipedia / bare remark-parse, wall:  ${ratio(roundRatio(wtf, bare, 'time'))}`)
console.log(`  CLI default / wtf_wikipedia, wall:        ${ratio(roundRatio(cli, wtf, 'time'))}`)
console.log(`  CLI --jobs 1 / bare remark-parse, CPU:    ${ratio(roundRatio(cli1, bare, 'cpu'))}`)
console.log(`  CLI --jobs 1 / wtf_wikipedia, CPU:        ${ratio(roundRatio(cli1, wtf, 'cpu'))}`)
if (cliN) {
  const speedUp = 1 / roundRatio(cliN, cli1, 'time')
  console.log(`  speed-up of --jobs ${jobs} over --jobs 1:      ${ratio(speedUp)} (${ratio(speedUp / jobs)} of ${jobs}x; target >= 0.7 of it where ${jobs} >= 4 cores are real)`)
  console.log(`  machine ceiling: ${jobs} processes on 1/${jobs} each vs 1 on all: ${ratio(machineSpeedUp)}`)
}
console.log(`  NDJSON of every CLI run byte-identical:   ${sameBytes ? 'yes' : 'NO'}`)
// Each pass of a round ran in one process: pass 1 is cold, pass 4 runs optimized code.
const pass = (tool, at) => median(warmUp[tool].map((times) => times[at]))
const passRatio = (at) => median(warmUp.library.map((times, round) => times[at] / warmUp.bare[round][at]))
console.log(`\nwarm-up (${passCount} passes over the corpus in one process, median of ${runs}):`)
console.log(`  bare remark-parse, pass 1 / pass ${passCount}:       ${seconds(pass('bare', 0))} / ${seconds(pass('bare', passCount - 1))}`)
console.log(`  library (to NDJSON), pass 1 / pass ${passCount}:     ${seconds(pass('library', 0))} / ${seconds(pass('library', passCount - 1))}`)
console.log(`  library / bare remark-parse, pass 1:      ${ratio(passRatio(0))}`)
console.log(`  library / bare remark-parse, pass ${passCount}:      ${ratio(passRatio(passCount - 1))}`)
await printDefaultPlan('at the end')

/** Print the job plan the CLI's default would choose now for the corpus, and why. */
async function printDefaultPlan(when) {
  const {chooseJobs} = await import(pathToFileURL(path.join(root, 'dist/cli/batch/choose-jobs.js')).href)
  const {readMachineShare} = await import(pathToFileURL(path.join(root, 'dist/cli/batch/read-machine-share.js')).href)
  const share = readMachineShare()
  const plan = chooseJobs(share, {count: files.length, bytes})
  console.log(`default plan ${when}: ${plan.jobs} job${plan.jobs === 1 ? '' : 's'}${plan.inThread ? ' in the main thread' : ' in worker threads'} (${share.cores} cores, load ${share.load.toFixed(1)})`)
}

/** Print one target line: the measured value, the bound, and whether it holds. */
function target(name, value, relation, bound) {
  const met = relation === '<' ? value < bound : value <= bound
  console.log(`  ${name.padEnd(46)} ${value.toFixed(2).padStart(7)}  (target ${relation} ${bound}: ${met ? 'met' : 'MISSED'})`)
}

/** The median over rounds of `a[field] / b[field]` within each round. */
function roundRatio(a, b, field) {
  return median(a.runs.map((run, round) => run[field] / b.runs[round][field]))
}

/** The median of `numbers`. */
function median(numbers) {
  return [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]
}

/** Write the corpus unless it is already there with the same size; returns its bytes. */
function buildCorpus() {
  const sources = listFiles(path.join(root, 'fixtures', 'articles'), '.md')
    .filter((file) => path.basename(file) === 'input.md')
    .map((file) => readFileSync(file, 'utf8'))
  if (sources.length === 0) throw new Error('Expected article fixtures (fixtures/articles/*/input.md)')
  // The corpus is made again when the fixtures it comes from change.
  const fixtures = createHash('sha256').update(sources.join('\u0000')).digest('hex').slice(0, 12)
  const marker = path.join(benchDir, `corpus-v4-${articleCount}-${fixtures}.done`)
  if (existsSync(marker)) return Number(readFileSync(marker, 'utf8'))
  rmSync(benchDir, {recursive: true, force: true})
  mkdirSync(corpusDir, {recursive: true})
  const random = seeded(7)
  let total = 0
  for (let index = 0; index < articleCount; index++) {
    let text = vary(sources[index % sources.length], random)
    if (index % 10 === 9) text = lengthen(text, 10)
    const part = `part-${String(Math.floor(index / 100)).padStart(3, '0')}`
    const name = `article-${String(index).padStart(5, '0')}`
    mkdirSync(path.join(corpusDir, part), {recursive: true})
    mkdirSync(path.join(wikitextDir, part), {recursive: true})
    writeFileSync(path.join(corpusDir, part, `${name}.md`), text)
    writeFileSync(path.join(wikitextDir, part, `${name}.wiki`), toWikitext(text))
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

/**
 * The wikitext an article in the scraped format was made from, near enough for a wikitext
 * parser to find the same parts: the infobox as `{{Infobox election | key = value}}`, runs
 * of `|` rows as a `{| class="wikitable"` table (first row a header), the rest as it is.
 */
function toWikitext(text) {
  const out = []
  let infobox = false
  let table = false
  const close = () => {
    if (infobox) out.push('}}')
    if (table) out.push('|}')
    infobox = false
    table = false
  }
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed === 'Infobox') {
      close()
      out.push('{{Infobox election')
      infobox = true
      continue
    }
    const entry = infobox ? /^- ([^:]+):(.*)$/.exec(trimmed) : null
    if (entry) {
      out.push(`| ${entry[1].trim().toLowerCase().replace(/\W+/g, '_')} = ${entry[2].trim()}`)
      continue
    }
    if (trimmed.startsWith('|')) {
      const cells = trimmed.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim())
      if (!table) {
        close()
        out.push('{| class="wikitable"', '|-', '! ' + cells.join(' !! '))
        table = true
      } else out.push('|-', '| ' + cells.join(' || '))
      continue
    }
    close()
    out.push(line)
  }
  close()
  return out.join('\n')
}

/** Files under `folder` whose names end in `extension`, sorted. */
function listFiles(folder, extension) {
  const found = []
  for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) found.push(...listFiles(full, extension))
    else if (entry.name.endsWith(extension)) found.push(full)
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
  return Object.fromEntries(Object.entries(configurations).map(([key, [name]]) => {
    const runsOf = samples[key]
    const time = median(runsOf.map((run) => run.time))
    if (rounds <= 5) console.log(`${name}: ${seconds(time)} (runs: ${runsOf.map((run) => seconds(run.time)).join(', ')})`)
    return [key, {name, runs: runsOf, time, cpu: median(runsOf.map((run) => run.cpu)), rss: Math.max(...runsOf.map((run) => run.rss))}]
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

/** The script timing wtf_wikipedia: `wtf(text).json()` on every wikitext twin. */
function wtfScript() {
  return `import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import wtf from 'wtf_wikipedia'
const walk = (folder) => readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
  entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)])
let tables = 0
for (const file of walk(process.argv[2])) tables += wtf(readFileSync(file, 'utf8')).json().sections.length
if (tables === 0) throw new Error('no sections')
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

/**
 * The script timing passes over the corpus in one process: bare remark-parse (`bare`) or the
 * library (`library`: parseElection and one NDJSON line per article), the files read first.
 * Prints each pass's seconds as a JSON array.
 */
function passesScript() {
  return `import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
const walk = (folder) => readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
  entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)])
const texts = walk(process.argv[2]).map((file) => readFileSync(file, 'utf8'))
let run
if (process.argv[3] === 'bare') {
  const {unified} = await import('unified')
  const {default: remarkParse} = await import('remark-parse')
  const processor = unified().use(remarkParse)
  run = (text) => processor.parse(text)
} else {
  const {parseElection} = await import('../dist/parse-election.js')
  const {toNdjson} = await import('../dist/serialize/to-ndjson.js')
  run = (text) => toNdjson([parseElection(text).election])
}
const times = []
for (let pass = 0; pass < ${passCount}; pass++) {
  const started = performance.now()
  for (const text of texts) run(text)
  times.push((performance.now() - started) / 1000)
}
console.log(JSON.stringify(times))
`
}

/** Run the passes script with `args`: the seconds of each pass. */
function passTimes(args) {
  return JSON.parse(execFileSync(process.execPath, args, {cwd: root, encoding: 'utf8'}))
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

