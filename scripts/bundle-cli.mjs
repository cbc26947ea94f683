/**
 * Bundle the CLI and its batch worker after `tsc`, so that `wikitally` starts by reading
 * a few files instead of resolving hundreds of modules. Serializers that a run may not need
 * (yaml, the CSV writer) stay in their own chunks, loaded on demand; sql.js is not bundled.
 *
 * `dist/cli/bin.js` and `dist/cli/batch/batch-worker.js` keep the paths `tsc` gives them, so
 * the CLI finds its worker the same way bundled or not.
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {build} from 'esbuild'

const chunks = 'dist/cli/chunks'

/** A static import of one of Node's modules as esbuild's minified output writes it. */
const builtinImport = /import(?:\s*(\{[^}]*\})|\s*\*\s*as\s+([\w$]+)|\s+([\w$]+))\s*from\s*"(node:[\w/]+)";?/g

rmSync(chunks, {recursive: true, force: true})
const result = await build({
  entryPoints: ['src/cli/bin.ts', 'src/cli/batch/batch-worker.ts'],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'cli/chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Less source for the engine to read at start-up.
  minify: true,
  write: false,
  // sql.js finds its WebAssembly file beside its own script: load it from node_modules.
  external: ['sql.js'],
  // Some dependencies are CommonJS and call require('process'); an ES module has no require.
  banner: {js: "import {createRequire as wikitallyCreateRequire} from 'node:module'; const require = wikitallyCreateRequire(import.meta.url);"},
  logLevel: 'warning'
})
for (const file of result.outputFiles) {
  mkdirSync(path.dirname(file.path), {recursive: true})
  writeFileSync(file.path, requireBuiltins(file.text))
}

/**
 * `text` with its imports of Node's own modules turned into `require` calls: importing one
 * builds an ES module facade that reads every export up front (`node:process` then loads the
 * diagnostic report, `node:util` the MIME parser), a few milliseconds of every start.
 */
function requireBuiltins(text) {
  const rewritten = text.replace(builtinImport, (whole, named, namespace, binding, specifier) => {
    if (specifier === 'node:module') return whole
    if (!named) return `const ${namespace ?? binding}=require("${specifier}");`
    // A Node module's default export is the module itself.
    const bindings = named.slice(1, -1).split(',').map((part) => part.trim().split(' as '))
    const own = bindings.filter(([name]) => name === 'default').map(([, local]) => `const ${local}=require("${specifier}");`)
    const rest = bindings.filter(([name]) => name !== 'default').map(([name, local = name]) => `${name}:${local}`)
    return own.join('') + (rest.length > 0 ? `const{${rest.join(',')}}=require("${specifier}");` : '')
  })
  if (/from\s*"node:(?!module")/.test(rewritten)) throw new Error('Expected every import of a Node module to become a require call')
  return rewritten
}
