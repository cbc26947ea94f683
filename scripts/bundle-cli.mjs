/**
 * Bundle the CLI and its batch worker after `tsc`, and give the bundle a V8 code cache, so
 * that `wikitally` starts by reading a few files and compiles almost nothing: compiling was
 * most of a one-article run.
 *
 *     dist/cli/bin.js                 loads chunks/bin.cjs
 *     dist/cli/batch/batch-worker.js  loads chunks/batch-worker.cjs (in a worker thread)
 *     dist/cli/chunks/*.cjs           the code, split so that a run loads only what it needs
 *     dist/cli/chunks/*.cache         V8's compiled code for the chunks a sample run loaded
 *
 * esbuild splits the code into ES modules; each becomes a CommonJS script (imports become
 * `require`), because Node 20 can hand V8 a code cache for a script (`vm.Script`) but not
 * for a module. The markdown parser has a chunk of its own (`lazyMarkdown`). The loaders run the scripts with a small `require` of their own that
 * passes each chunk its cache. The caches come from converting the article fixtures once
 * at build time: V8 then includes every function compiled on the way, lazily compiled ones
 * too. A cache that V8 refuses (another Node version, other V8 flags) is ignored and the
 * chunk compiled as usual; nothing is written at run time.
 *
 * `dist/cli/bin.js` and `dist/cli/batch/batch-worker.js` keep the paths `tsc` gives them, so
 * the CLI finds its worker the same way bundled or not.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire, isBuiltin} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Script} from 'node:vm'
import {build} from 'esbuild'

const chunks = 'dist/cli/chunks'

/** A static import of a package as esbuild's minified output writes it: `import{a as b}from"node:fs";`. */
const packageImport = /import(?:\s*(\{[^}]*\})|\s*\*\s*as\s+([\w$]+)|\s+([\w$]+))\s*from\s*"([^".][^"]*)";?/g

/** A static import of another chunk, as esbuild writes them at the top of a chunk: `import{a as b}from"./chunk-X.js";`. */
const chunkImport = /^import(\{[^}]*\})?(?:from)?"(\.\.?\/[\w/.-]+)\.js";?/

/** The exports that end a chunk: `export{b as a,c};`. */
const chunkExports = /export(\{[^}]*\});?\s*$/

/** The default export as esbuild writes it. */
const defaultExport = 'export default '

/** A dynamic import: `import("./to-json-X.js")`, `import("sql.js")`. */
const dynamicImport = /import\("([^"]+)"\)/g

/** What a chunk's text goes between: the function Node makes of a CommonJS module, and the bundled `bin.js`'s URL. */
const wrapper = ['(function (exports, require, module, __filename, __dirname, wikitallyBinUrl) {', '\n})']

/** An article whose prose only the markdown parser reads: a quotation, a fenced block, a list. */
const markdownSample = `= 1900 Sample election =

> A quotation about the election, with *emphasis* and a [link](https://example.org).

\`\`\`
a fenced block
\`\`\`

1. A numbered point
2. Another

== Results ==

| Candidate | Party | Votes | % |
|---|---|---|---|
| Ann Example | Whig | 1,200 | 60.00% |
| Bob Example | Democratic | 800 | 40.00% |
| Total | | 2,000 | 100.00% |
`

/** The article the README converts first, as one article is converted by default. */
const seed = 'fixtures/articles/2004-north-carolina-democratic-caucuses/input.md'

/** The articles the sample run converts to fill the caches. */
const samples = readdirSync('fixtures/articles', {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => path.join('fixtures/articles', entry.name, 'input.md'))

/**
 * remark-parse with the markdown parser (micromark, the entity table, mdast-util-from-markdown)
 * in a chunk of its own, `chunks/markdown.cjs`, loaded when the first prose that is not
 * plain text needs it: plain paragraphs are built without it, and most articles have no
 * other prose. Tests and the library use remark-parse as it is. The stand-in's `require`
 * is the loaders' own, which esbuild's output reaches through a shim.
 */
const lazyMarkdown = {
  name: 'lazy-markdown',
  setup(build) {
    build.onResolve({filter: /^mdast-util-from-markdown$/}, ({importer}) => importer.includes(`${path.sep}remark-parse${path.sep}`) ? {path: 'from-markdown', namespace: 'lazy-markdown'} : undefined)
    build.onResolve({filter: /^\.\/markdown\.cjs$/}, () => ({path: './markdown.cjs', external: true}))
    build.onLoad({filter: /.*/, namespace: 'lazy-markdown'}, () => ({
      contents: "export function fromMarkdown(...parameters) { return require('./markdown.cjs').fromMarkdown(...parameters) }",
      loader: 'js'
    }))
  }
}

rmSync(chunks, {recursive: true, force: true})
const result = await build({
  entryPoints: {bin: 'src/cli/bin.ts', 'batch-worker': 'src/cli/batch/batch-worker.ts', markdown: createRequire(import.meta.url).resolve('mdast-util-from-markdown')},
  outdir: chunks,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Less source for the engine to read when there is no cache.
  minify: true,
  write: false,
  // sql.js finds its WebAssembly file beside its own script: load it from node_modules.
  external: ['sql.js'],
  // The worker is found beside `bin.js`, one folder above the chunks.
  define: {'import.meta.url': 'wikitallyBinUrl'},
  plugins: [lazyMarkdown],
  logLevel: 'warning'
})
mkdirSync(chunks, {recursive: true})
/** The chunks each chunk requires as it starts, by file. */
const requires = new Map()
for (const file of result.outputFiles) {
  const target = file.path.replace(/\.js$/, '.cjs')
  const {text, required} = toScript(requireBuiltins(file.text))
  requires.set(target, required.map((specifier) => path.resolve(path.dirname(target), specifier)))
  // A chunk that is not a script is a fault of this file, not of the run that loads it.
  new Script(wrap(text), {filename: target})
  writeFileSync(target, text)
}
checkNoCycle(requires)
writeFileSync('dist/cli/bin.js', '#!/usr/bin/env node\n' + loaderSource('./chunks/bin.cjs', 'import.meta.url'), {mode: 0o755})
writeFileSync('dist/cli/batch/batch-worker.js', loaderSource('../chunks/batch-worker.cjs', "new URL('../bin.js', import.meta.url).href"))
writeCaches()

/**
 * Convert the samples with a loader that writes each chunk's cache when the process exits:
 * one article to JSON, as one article is by default; all of them and an article with
 * markdown in its prose to NDJSON, as a batch is.
 */
function writeCaches() {
  const folder = mkdtempSync(path.join(tmpdir(), 'wikitally-warm-up-'))
  const warmUp = path.join(chunks, 'warm-up.mjs')
  try {
    const markdown = path.join(folder, 'markdown.md')
    writeFileSync(markdown, markdownSample)
    const runs = [
      ['convert', seed, '--quiet'],
      ['convert', ...samples, markdown, '--to', 'ndjson', '--jobs', '1', '--quiet']
    ]
    writeFileSync(warmUp, loaderSource('./bin.cjs', "new URL('../bin.js', import.meta.url).href", runs))
    const run = spawnSync(process.execPath, [warmUp], {stdio: ['ignore', 'ignore', 'inherit']})
    // 1: some sample failed to convert, which still warms the code up.
    if (run.status !== 0 && run.status !== 1) throw new Error(`Expected the warm-up run to end, got exit code ${run.status}`)
  } finally {
    rmSync(warmUp, {force: true})
    rmSync(folder, {recursive: true, force: true})
  }
  for (const name of ['bin', 'markdown']) {
    if (!existsSync(path.join(chunks, `${name}.cache`))) throw new Error(`Expected the warm-up run to write the code cache of ${name}.cjs`)
  }
}

/**
 * `text` with its imports of Node's own modules turned into `require` calls: importing one
 * builds an ES module facade that reads every export up front (`node:process` then loads the
 * diagnostic report, `node:util` the MIME parser), a few milliseconds of every start.
 */
function requireBuiltins(text) {
  return text.replace(packageImport, (whole, named, namespace, binding, specifier) => {
    // Some packages import Node's modules without the `node:` prefix (`"fs"`).
    if (!isBuiltin(specifier)) throw new Error(`Expected only Node's modules imported statically, got \`${specifier}\``)
    if (!named) return `const ${namespace ?? binding}=require("${specifier}");`
    // A Node module's default export is the module itself.
    const pairs = pairsOf(named)
    const own = pairs.filter(([name]) => name === 'default').map(([, local]) => `const ${local}=require("${specifier}");`)
    const rest = pairs.filter(([name]) => name !== 'default')
    return own.join('') + (rest.length > 0 ? `const${patternOf(rest)}=require("${specifier}");` : '')
  })
}

/**
 * The chunk `text`, an ES module as esbuild writes it, as a CommonJS script: its imports of
 * other chunks at the top become `require` calls, its final `export{...}` becomes
 * `module.exports`, and `import()` a promise of `require`.
 *
 * The imported bindings are copies, not live: esbuild's chunks export functions and values
 * set once. Also returns the chunks required as the chunk starts (`./chunk-X.cjs`).
 */
function toScript(text) {
  // `bin.ts`'s first line; the loader has it.
  let rest = text.replace(/^#!.*\n/, '')
  const lines = []
  const required = []
  for (let match = chunkImport.exec(rest); match; match = chunkImport.exec(rest)) {
    const [whole, named, specifier] = match
    lines.push(named ? `const${patternOf(pairsOf(named))}=require("${specifier}.cjs");` : `require("${specifier}.cjs");`)
    required.push(`${specifier}.cjs`)
    rest = rest.slice(whole.length)
  }
  const exported = chunkExports.exec(rest)
  const pairs = exported ? pairsOf(exported[1]).map(([local, name = local]) => [name, local]) : []
  if (exported) rest = rest.slice(0, exported.index)
  // A chunk for `import('yaml')` ends `export default a();`.
  const defaults = rest.split(defaultExport).length - 1
  if (defaults > 1) throw new Error('Expected at most one `export default` in a chunk')
  if (defaults === 1) {
    rest = rest.replace(defaultExport, 'const wikitallyDefault=')
    pairs.push(['default', 'wikitallyDefault'])
  }
  if (pairs.length > 0) rest += `module.exports=${patternOf(pairs)};`
  rest = rest.replace(dynamicImport, (whole, specifier) =>
    specifier.startsWith('.')
      ? `Promise.resolve().then(()=>require(${JSON.stringify(specifier.replace(/\.js$/, '.cjs'))}))`
      // A package's CommonJS exports as `import()` gives them: as the default export too.
      : `Promise.resolve().then(()=>{const m=require(${JSON.stringify(specifier)});return{...m,default:m}})`)
  return {text: lines.join('') + rest, required}
}

/**
 * Throw if a chunk requires itself through others as it starts: copied bindings would then
 * be read before they are set.
 */
function checkNoCycle(requires) {
  const done = new Set()
  const visit = (file, trail) => {
    if (trail.includes(file)) throw new Error(`Expected no cycle of chunks, got ${[...trail, file].map((name) => path.basename(name)).join(' -> ')}`)
    if (done.has(file)) return
    for (const next of requires.get(file) ?? []) visit(next, [...trail, file])
    done.add(file)
  }
  for (const file of requires.keys()) visit(file, [])
}

/** The names in `{a as b,c}`: `[['a', 'b'], ['c']]`. */
function pairsOf(named) {
  return named.slice(1, -1).split(',').map((part) => part.trim().split(' as '))
}

/** `[['a', 'b'], ['c']]` as a destructuring pattern: `{a:b,c:c}`. */
function patternOf(pairs) {
  return `{${pairs.map(([name, local = name]) => `${name}:${local}`).join(',')}}`
}

/** The chunk `text` wrapped as a loader compiles it. */
function wrap(text) {
  return wrapper[0] + text + wrapper[1]
}

/**
 * The ES module that runs the chunk at `entry` (a path relative to the module), loading each
 * chunk with its code cache; `binUrl` is an expression for the URL of `dist/cli/bin.js`.
 *
 * Given `warmUpRuns` (lists of arguments), the module instead runs the entry once per list,
 * one run after the other, and writes the cache of every chunk it ran when the process exits.
 */
function loaderSource(entry, binUrl, warmUpRuns = null) {
  const warmUp = warmUpRuns !== null
  return `// Generated by scripts/bundle-cli.mjs: run the bundled CLI with V8's code cache.
import {createRequire} from 'node:module'
const nodeRequire = createRequire(import.meta.url)
const {readFileSync${warmUp ? ', writeFileSync' : ''}} = nodeRequire('node:fs')
const path = nodeRequire('node:path')
const {fileURLToPath} = nodeRequire('node:url')
const {Script} = nodeRequire('node:vm')
const binUrl = ${binUrl}
/** Each chunk run, by file: its script and module. */
const chunks = new Map()
const entry = fileURLToPath(new URL(${JSON.stringify(entry)}, import.meta.url))
${warmUp ? `// V8 keeps the bytecode of functions idle since the first run; the flag is set back before
// V8 stamps each cache with the flags it is valid under.
const v8 = nodeRequire('node:v8')
v8.setFlagsFromString('--no-flush-bytecode')
const runs = ${JSON.stringify(warmUpRuns)}
process.argv.splice(2, Infinity, ...runs.shift())
process.on('beforeExit', () => {
  if (runs.length === 0) return
  process.argv.splice(2, Infinity, ...runs.shift())
  const {script} = chunks.get(entry)
  start(script, {exports: {}}, entry)
})
process.on('exit', () => {
  v8.setFlagsFromString('--flush-bytecode')
  for (const [file, {script}] of chunks) writeFileSync(cacheOf(file), script.createCachedData())
})
` : ''}load(entry)

/** Run the chunk \`file\` once, with its cache when there is one; its exports. */
function load(file) {
  const known = chunks.get(file)
  if (known) return known.module.exports
  let cachedData
  try {
    cachedData = readFileSync(cacheOf(file))
  } catch {
    // No cache: V8 compiles the chunk.
  }
  const script = new Script(${JSON.stringify(wrapper[0])} + readFileSync(file, 'utf8') + ${JSON.stringify(wrapper[1])}, {filename: file, cachedData})
  const chunk = {script, module: {exports: {}}}
  chunks.set(file, chunk)
  start(script, chunk.module, file)
  return chunk.module.exports
}

/** Run the code of \`script\`, the chunk \`file\`, with \`module\` as its CommonJS module. */
function start(script, module, file) {
  const folder = path.dirname(file)
  const require = (specifier) => (specifier.startsWith('.') ? load(path.join(folder, specifier)) : nodeRequire(specifier))
  script.runInThisContext()(module.exports, require, module, file, folder, binUrl)
}

/** The file of the code cache of the chunk \`file\`. */
function cacheOf(file) {
  return file.slice(0, -'.cjs'.length) + '.cache'
}
`
}
